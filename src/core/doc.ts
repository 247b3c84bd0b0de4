/**
 * The document model: immutable text plus stand-off annotation layers. Every fact a stage finds
 * is an annotation pointing into `text`; nothing ever rewrites the text, so every offset in a
 * record indexes exactly what ingest produced.
 */
import type { LayerAttrs, LayerName, Provenance, Zone } from './layers.js';
import { compareSpans, type Span } from './span.js';

/** Metadata that ingest found about the article. */
export interface DocumentMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD) or date-time of publication. */
  published?: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** A reposter's user name, where the page is a repost (blog furniture names one). */
  postedBy?: string;
  language: string;
  /** Page furniture kept in the text but not analysed as story. */
  furniture: Span[];
  /** Image captions: separate claims, analysed but kept apart. */
  captions: Span[];
  /** Where the headline sits in `text`, if it is part of it. */
  titleSpan?: Span;
  /** ISO 3166 alpha-2 of the country the article is mostly about (set by the places stage). */
  focusCountry?: string;
  /** Where each field of metadata came from (`json-ld`, `og`, `furniture`, `input`, …). */
  sources?: Record<string, string>;
}

/** One stand-off annotation. */
export interface Annotation<L extends LayerName = LayerName> extends Span {
  id: string;
  layer: L;
  label: string;
  attrs: LayerAttrs[L];
  by: Provenance;
}

/** A diagnostic collected while analysing (never thrown). */
export interface Warning {
  kind: string;
  message: string;
  start?: number;
  end?: number;
  stage?: string;
}

const ID_PREFIX: Record<LayerName, string> = {
  paragraph: 'par',
  sentence: 's',
  token: 'tok',
  timex: 't',
  number: 'n',
  entity: 'ent',
  actor: 'act',
  place: 'p',
  quote: 'q',
  attribution: 'a',
  event: 'ev',
};

/** Input to {@link Doc.add}. */
export interface NewAnnotation<L extends LayerName> extends Span {
  label?: string;
  attrs: LayerAttrs[L];
  by: Provenance;
}

/** Text plus layers. Create one per article with {@link Doc.create}. */
export class Doc {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly warnings: Warning[] = [];
  private readonly layers = new Map<LayerName, Annotation[]>();
  private readonly counters = new Map<LayerName, number>();
  private readonly byId = new Map<string, Annotation>();

  private constructor(text: string, meta: DocumentMeta) {
    this.text = text;
    this.meta = meta;
  }

  /** A document over `text`; `meta` defaults to English with no furniture or captions. */
  static create(text: string, meta: Partial<DocumentMeta> = {}): Doc {
    return new Doc(text, { language: 'en', furniture: [], captions: [], ...meta });
  }

  /** The surface string of a span. */
  surface(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Whether a layer has been produced (possibly empty). */
  has(layer: LayerName): boolean {
    return this.layers.has(layer);
  }

  /** Marks a layer as produced even if the stage found nothing. */
  touch(layer: LayerName): void {
    if (!this.layers.has(layer)) this.layers.set(layer, []);
  }

  /** The annotations of a layer, in text order. */
  layer<L extends LayerName>(layer: L): readonly Annotation<L>[] {
    const list = this.layers.get(layer);
    return (list ?? []) as unknown as readonly Annotation<L>[];
  }

  /** The annotation with this id, in any layer. */
  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Adds an annotation and returns it with its id. Offsets are checked against the text. */
  add<L extends LayerName>(layer: L, a: NewAnnotation<L>): Annotation<L> {
    if (!(a.start >= 0 && a.end <= this.text.length && a.start <= a.end)) {
      throw new RangeError(`annotation ${layer} [${a.start}, ${a.end}) outside text of length ${this.text.length}`);
    }
    const n = (this.counters.get(layer) ?? 0) + 1;
    this.counters.set(layer, n);
    const ann: Annotation<L> = {
      id: `${ID_PREFIX[layer]}${n}`,
      layer,
      label: a.label ?? layer,
      start: a.start,
      end: a.end,
      attrs: a.attrs,
      by: a.by,
    };
    let list = this.layers.get(layer);
    if (!list) {
      list = [];
      this.layers.set(layer, list);
    }
    // Stages mostly add in text order, so appending and fixing the order only when needed is cheap.
    const last = list[list.length - 1];
    list.push(ann as unknown as Annotation);
    if (last && compareSpans(last, ann) > 0) list.sort(compareSpans);
    this.byId.set(ann.id, ann as unknown as Annotation);
    return ann;
  }

  /**
   * Refines an annotation of an earlier layer (a later stage knows more: a place's type, an
   * anchored date). The text never changes; only attributes and provenance do.
   */
  refine<L extends LayerName>(ann: Annotation<L>, attrs: Partial<LayerAttrs[L]>, by?: Provenance): void {
    Object.assign(ann.attrs as object, attrs);
    if (by) ann.by = by;
  }

  /** Removes the annotations of a layer that match, returning how many went. */
  remove<L extends LayerName>(layer: L, match: (a: Annotation<L>) => boolean): number {
    const list = this.layers.get(layer);
    if (!list) return 0;
    const keep = list.filter((a) => !match(a as unknown as Annotation<L>));
    for (const a of list) if (!keep.includes(a)) this.byId.delete(a.id);
    this.layers.set(layer, keep);
    return list.length - keep.length;
  }

  /** The annotations of a layer that overlap `span`. */
  within<L extends LayerName>(layer: L, span: Span): Annotation<L>[] {
    return this.layer(layer).filter((a) => a.start < span.end && span.start < a.end);
  }

  /** Which zone an offset lies in: furniture, caption, title or story. */
  zoneAt(offset: number): Zone {
    const inAny = (spans: Span[]) => spans.some((s) => s.start <= offset && offset < s.end);
    if (inAny(this.meta.furniture)) return 'furniture';
    if (inAny(this.meta.captions)) return 'caption';
    if (this.meta.titleSpan && inAny([this.meta.titleSpan])) return 'title';
    return 'story';
  }

  /** Collects a diagnostic. */
  warn(w: Warning): void {
    this.warnings.push(w);
  }
}
