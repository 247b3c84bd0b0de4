// The event map: country outlines from the server's basemap (longitude/latitude rings) drawn on
// a canvas in an equirectangular projection we compute ourselves, with the events clustered on a
// screen grid so that 20,000 points stay legible and fast: each cluster is one disc sized by its
// count and coloured by its most frequent event type.
import { typeColour } from './event-types.js';

const CELL = 44; // cluster grid, CSS pixels
const MIN_K = 0.5;
const MAX_K = 400;
const LAT_TOP = 84;
const LAT_BOTTOM = -58;

/** A map of events on a canvas. */
export class MapView {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{onOpenEvent: (id: string) => void, onShowList: (ids: string[], label: string) => void, tooltip: HTMLElement}} hooks
   */
  constructor(canvas, hooks) {
    this.canvas = canvas;
    this.hooks = hooks;
    this.ctx = canvas.getContext('2d');
    this.paths = [];
    this.points = null;
    this.indices = [];
    this.clusters = [];
    this.view = null;
    this.dragging = null;
    this.listen();
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  /** Sets the basemap: `{countries: [{code, name, rings: number[][]}]}`. */
  setBasemap(basemap) {
    // Path2D in degree space (x = lon, y = -lat): built once, drawn under any view transform.
    // Antarctica is left out: the map stops at 58°S, and its outline runs along the pole.
    this.paths = basemap.countries
      .filter((c) => c.code !== 'AQ')
      .map((c) => {
        const p = new Path2D();
        for (const ring of c.rings) {
          let prev = ring[0];
          for (let i = 0; i < ring.length; i += 2) {
            // Rings crossing the antimeridian (Russia, Fiji) are unwrapped past ±180 rather than
            // drawn with an edge across the whole world.
            let lon = ring[i];
            while (lon - prev > 180) lon -= 360;
            while (prev - lon > 180) lon += 360;
            prev = lon;
            if (i === 0) p.moveTo(lon, -ring[i + 1]);
            else p.lineTo(lon, -ring[i + 1]);
          }
          p.closePath();
        }
        return p;
      });
    this.draw();
  }

  /** Sets the events (parallel arrays of the API's event points) and which of them to show. */
  setPoints(points, indices) {
    this.points = points;
    this.indices = indices;
    this.draw();
  }

  /** Back to the whole world. */
  reset() {
    this.view = null;
    this.draw();
  }

  /** Zooms by `factor` around a screen point (the centre by default). */
  zoom(factor, sx = this.width / 2, sy = this.height / 2) {
    const v = this.current();
    const [lon, lat] = this.unproject(sx, sy);
    const k = Math.min(MAX_K, Math.max(MIN_K, v.k * factor));
    // Keep the point under the cursor where it is.
    this.view = { k, lon: lon - (sx - this.width / 2) / k, lat: lat + (sy - this.height / 2) / k };
    this.draw();
  }

  /** Pans by screen pixels. */
  pan(dx, dy) {
    const v = this.current();
    this.view = { k: v.k, lon: v.lon - dx / v.k, lat: Math.max(-85, Math.min(85, v.lat + dy / v.k)) };
    this.draw();
  }

  /** A plain-words summary of what the map shows, for its accessible name. */
  describe() {
    if (!this.points) return 'Map of events: loading';
    const shown = this.clusters.reduce((n, c) => n + c.count, 0);
    const countries = new Map();
    for (const i of this.indices) {
      const cc = this.points.country[i];
      if (cc) countries.set(cc, (countries.get(cc) ?? 0) + 1);
    }
    const top = [...countries].sort((a, b) => b[1] - a[1]).slice(0, 5);
    return (
      `Map of ${shown} events with a place, in ${this.clusters.length} clusters` +
      (top.length ? `; most in ${top.map(([c, n]) => `${c} (${n})`).join(', ')}` : '') +
      '. The event list below holds the same events.'
    );
  }

  current() {
    if (this.view) return this.view;
    const k = Math.max(this.width / 360, this.height / (LAT_TOP - LAT_BOTTOM));
    return { k, lon: 0, lat: (LAT_TOP + LAT_BOTTOM) / 2 };
  }

  project(lon, lat) {
    const v = this.current();
    return [(lon - v.lon) * v.k + this.width / 2, (v.lat - lat) * v.k + this.height / 2];
  }

  unproject(x, y) {
    const v = this.current();
    return [v.lon + (x - this.width / 2) / v.k, v.lat - (y - this.height / 2) / v.k];
  }

  resize() {
    const r = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = Math.max(1, r.width);
    this.height = Math.max(1, r.height);
    this.dpr = dpr;
    this.canvas.width = Math.round(this.width * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.draw();
  }

  cluster() {
    const cells = new Map();
    const p = this.points;
    if (!p) return [];
    for (const i of this.indices) {
      const lat = p.lat[i];
      const lon = p.lon[i];
      if (lat === null || lon === null) continue;
      const [x, y] = this.project(lon, lat);
      if (x < -CELL || y < -CELL || x > this.width + CELL || y > this.height + CELL) continue;
      const key = Math.floor(x / CELL) * 100003 + Math.floor(y / CELL);
      let c = cells.get(key);
      if (!c) {
        c = { x: 0, y: 0, count: 0, types: new Map(), members: [] };
        cells.set(key, c);
      }
      c.x += x;
      c.y += y;
      c.count++;
      c.types.set(p.type[i], (c.types.get(p.type[i]) ?? 0) + 1);
      if (c.members.length < 50) c.members.push(i);
    }
    const out = [];
    for (const c of cells.values()) {
      let best = '';
      let bestN = -1;
      for (const [t, n] of c.types) if (n > bestN) [best, bestN] = [t, n];
      out.push({
        x: c.x / c.count,
        y: c.y / c.count,
        count: c.count,
        type: best,
        types: c.types,
        members: c.members,
        r: c.count === 1 ? 5 : Math.min(22, 7 + Math.sqrt(c.count) * 1.6),
      });
    }
    return out.sort((a, b) => a.count - b.count);
  }

  draw() {
    const ctx = this.ctx;
    if (!ctx || !this.width) return;
    const v = this.current();
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.fillStyle = '#dfe9f2';
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.save();
    ctx.translate(this.width / 2 - v.lon * v.k, this.height / 2 + v.lat * v.k);
    ctx.scale(v.k, v.k);
    ctx.fillStyle = '#fbfaf7';
    ctx.strokeStyle = '#9aa5b1';
    ctx.lineWidth = 0.8 / v.k;
    for (const p of this.paths) {
      ctx.fill(p);
      ctx.stroke(p);
    }
    ctx.restore();
    this.clusters = this.cluster();
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const c of this.clusters) {
      ctx.beginPath();
      ctx.arc(c.x, c.y, c.r, 0, Math.PI * 2);
      ctx.fillStyle = typeColour(c.type);
      ctx.globalAlpha = 0.85;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      if (c.count > 1) {
        ctx.fillStyle = '#ffffff';
        ctx.fillText(c.count > 9999 ? `${Math.round(c.count / 1000)}k` : String(c.count), c.x, c.y + 0.5);
      }
    }
    this.canvas.setAttribute('aria-label', this.describe());
  }

  hit(x, y) {
    for (let i = this.clusters.length - 1; i >= 0; i--) {
      const c = this.clusters[i];
      if ((c.x - x) ** 2 + (c.y - y) ** 2 <= (c.r + 3) ** 2) return c;
    }
    return undefined;
  }

  label(c) {
    const types = [...c.types].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${t}`);
    return `${c.count} event${c.count === 1 ? '' : 's'}: ${types.slice(0, 4).join(', ')}${types.length > 4 ? ', …' : ''}`;
  }

  open(c) {
    const ids = c.members.map((i) => this.points.id[i]);
    if (c.count === 1) this.hooks.onOpenEvent(ids[0]);
    else if (c.count <= 12 || this.current().k >= MAX_K / 2) this.hooks.onShowList(ids, this.label(c));
    else this.zoom(3, c.x, c.y);
  }

  listen() {
    const c = this.canvas;
    const pos = (e) => {
      const r = c.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    c.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [x, y] = pos(e);
      this.zoom(e.deltaY < 0 ? 1.25 : 0.8, x, y);
    });
    c.addEventListener('pointerdown', (e) => {
      const [x, y] = pos(e);
      this.dragging = { x, y, moved: false };
      c.setPointerCapture(e.pointerId);
    });
    c.addEventListener('pointermove', (e) => {
      const [x, y] = pos(e);
      if (this.dragging) {
        const dx = x - this.dragging.x;
        const dy = y - this.dragging.y;
        if (this.dragging.moved || Math.abs(dx) + Math.abs(dy) > 3) {
          this.dragging = { x, y, moved: true };
          this.pan(dx, dy);
        }
        return;
      }
      const hit = this.hit(x, y);
      const tip = this.hooks.tooltip;
      c.style.cursor = hit ? 'pointer' : 'grab';
      if (hit) {
        tip.textContent = this.label(hit);
        tip.hidden = false;
        tip.style.left = `${Math.min(x + 14, this.width - 220)}px`;
        tip.style.top = `${y + 14}px`;
      } else tip.hidden = true;
    });
    c.addEventListener('pointerleave', () => (this.hooks.tooltip.hidden = true));
    c.addEventListener('pointerup', (e) => {
      const d = this.dragging;
      this.dragging = null;
      if (d && !d.moved) {
        const [x, y] = pos(e);
        const hit = this.hit(x, y);
        if (hit) this.open(hit);
      }
    });
    c.addEventListener('keydown', (e) => {
      const step = 60;
      const keys = {
        ArrowLeft: () => this.pan(step, 0),
        ArrowRight: () => this.pan(-step, 0),
        ArrowUp: () => this.pan(0, step),
        ArrowDown: () => this.pan(0, -step),
        '+': () => this.zoom(1.5),
        '=': () => this.zoom(1.5),
        '-': () => this.zoom(1 / 1.5),
        0: () => this.reset(),
        Enter: () => {
          // The biggest cluster nearest the centre: a keyboard way into the map's events.
          const mid = this.clusters
            .slice()
            .sort(
              (a, b) =>
                (a.x - this.width / 2) ** 2 +
                (a.y - this.height / 2) ** 2 -
                ((b.x - this.width / 2) ** 2 + (b.y - this.height / 2) ** 2),
            )[0];
          if (mid)
            this.hooks.onShowList(
              mid.members.map((i) => this.points.id[i]),
              this.label(mid),
            );
        },
      };
      const f = keys[e.key];
      if (f) {
        e.preventDefault();
        f();
      }
    });
  }
}
