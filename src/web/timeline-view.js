// The timeline: events per day as bars on a canvas, with a brush (drag across it, or use the
// arrow keys) that selects a range of days; the selection filters the map and the list.

const DAY_MS = 86_400_000;
const dayCache = new Map();

/** Days since 1970-01-01 of a YYYY-MM-DD string (NaN when not a date). */
export function dayNumber(s) {
  let n = dayCache.get(s);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${s}T00:00:00Z`) / DAY_MS);
    dayCache.set(s, n);
  }
  return n;
}

/** YYYY-MM-DD of a day number. */
export function dayString(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Events per day with a brush. */
export class TimelineView {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {(range: [number, number] | null) => void} onBrush  called when the user ends a brush
   */
  constructor(canvas, onBrush) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.onBrush = onBrush;
    this.counts = new Map();
    this.lo = 0;
    this.hi = 0;
    this.brush = null;
    this.drag = null;
    this.listen();
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  /** Sets the days of the events (day numbers, NaN for undated). */
  setDays(days) {
    const counts = new Map();
    let lo = Infinity;
    let hi = -Infinity;
    for (const d of days) {
      if (!Number.isFinite(d)) continue;
      counts.set(d, (counts.get(d) ?? 0) + 1);
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    this.counts = counts;
    this.lo = Number.isFinite(lo) ? lo : 0;
    this.hi = Number.isFinite(hi) ? hi : 0;
    this.draw();
  }

  /** Sets the brushed range (day numbers) without telling the listener. */
  setBrush(range) {
    this.brush = range;
    this.draw();
  }

  describe() {
    if (this.counts.size === 0) return 'Timeline of events per day: no dated events';
    let peak = 0;
    let peakDay = 0;
    for (const [d, n] of this.counts) if (n > peak) [peak, peakDay] = [n, d];
    const sel = this.brush ? ` Selected ${dayString(this.brush[0])} to ${dayString(this.brush[1])}.` : '';
    return (
      `Timeline of events per day from ${dayString(this.lo)} to ${dayString(this.hi)}; ` +
      `busiest day ${dayString(peakDay)} with ${peak} events.${sel} ` +
      'Drag to select days, or use the arrow keys; Escape clears the selection.'
    );
  }

  resize() {
    const r = this.canvas.getBoundingClientRect();
    this.dpr = window.devicePixelRatio || 1;
    this.width = Math.max(1, r.width);
    this.height = Math.max(1, r.height);
    this.canvas.width = Math.round(this.width * this.dpr);
    this.canvas.height = Math.round(this.height * this.dpr);
    this.draw();
  }

  get pad() {
    return { l: 36, r: 10, t: 8, b: 22 };
  }

  x(day) {
    const { l, r } = this.pad;
    const span = Math.max(1, this.hi - this.lo + 1);
    return l + ((day - this.lo) / span) * (this.width - l - r);
  }

  dayAt(x) {
    const { l, r } = this.pad;
    const span = Math.max(1, this.hi - this.lo + 1);
    const d = this.lo + Math.floor(((x - l) / (this.width - l - r)) * span);
    return Math.max(this.lo, Math.min(this.hi, d));
  }

  draw() {
    const ctx = this.ctx;
    if (!ctx || !this.width) return;
    const { l, r, t, b } = this.pad;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const h = this.height - t - b;
    // Days narrower than a pixel share one bar: the tallest of them decides its height.
    const bins = new Map();
    let max = 1;
    for (const [d, n] of this.counts) {
      const px = Math.floor(this.x(d));
      const v = (bins.get(px) ?? 0) + n;
      bins.set(px, v);
      if (v > max) max = v;
    }
    const bw = Math.max(1, Math.floor(this.x(this.lo + 1) - this.x(this.lo)) - 1);
    for (const [px, n] of bins) {
      const day = this.dayAt(px + 0.5);
      const inside = !this.brush || (day >= this.brush[0] && day <= this.brush[1]);
      ctx.fillStyle = inside ? '#24527a' : '#b8c4cf';
      const bh = Math.max(1, (n / max) * h);
      ctx.fillRect(px, t + h - bh, bw, bh);
    }
    ctx.fillStyle = '#444';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    if (this.counts.size > 0) {
      ctx.fillText(dayString(this.lo), l, t + h + 6);
      ctx.textAlign = 'right';
      ctx.fillText(dayString(this.hi), this.width - r, t + h + 6);
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(max), l - 4, t + 4);
    }
    if (this.brush) {
      const x0 = this.x(this.brush[0]);
      const x1 = this.x(this.brush[1] + 1);
      ctx.fillStyle = 'rgba(36, 82, 122, 0.12)';
      ctx.fillRect(x0, t, Math.max(2, x1 - x0), h);
      ctx.strokeStyle = '#24527a';
      ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, t + 0.5, Math.max(2, x1 - x0) - 1, h - 1);
    }
    this.canvas.setAttribute('aria-label', this.describe());
  }

  commit() {
    this.draw();
    this.onBrush(this.brush);
  }

  listen() {
    const c = this.canvas;
    const px = (e) => e.clientX - c.getBoundingClientRect().left;
    c.addEventListener('pointerdown', (e) => {
      if (this.counts.size === 0) return;
      const d = this.dayAt(px(e));
      this.drag = { from: d, moved: false };
      c.setPointerCapture(e.pointerId);
    });
    c.addEventListener('pointermove', (e) => {
      if (!this.drag) return;
      const d = this.dayAt(px(e));
      if (d !== this.drag.from) this.drag.moved = true;
      this.brush = [Math.min(d, this.drag.from), Math.max(d, this.drag.from)];
      this.draw();
    });
    c.addEventListener('pointerup', () => {
      if (!this.drag) return;
      // A click without a drag selects one day; a click on the only selected day clears.
      if (!this.drag.moved) {
        const d = this.drag.from;
        this.brush = this.brush && this.brush[0] === d && this.brush[1] === d ? null : [d, d];
      }
      this.drag = null;
      this.commit();
    });
    c.addEventListener('keydown', (e) => {
      if (this.counts.size === 0) return;
      const b = this.brush ?? [this.lo, this.lo];
      const width = b[1] - b[0];
      let next = null;
      if (e.key === 'Escape') {
        this.brush = null;
        e.preventDefault();
        this.commit();
        return;
      }
      if (e.key === 'ArrowRight' && e.shiftKey) next = [b[0], Math.min(this.hi, b[1] + 1)];
      else if (e.key === 'ArrowLeft' && e.shiftKey) next = [b[0], Math.max(b[0], b[1] - 1)];
      else if (e.key === 'ArrowRight') next = [Math.min(this.hi - width, b[0] + 1), Math.min(this.hi, b[1] + 1)];
      else if (e.key === 'ArrowLeft') next = [Math.max(this.lo, b[0] - 1), Math.max(this.lo + width, b[1] - 1)];
      else if (e.key === 'Home') next = [this.lo, this.lo + width];
      else if (e.key === 'End') next = [this.hi - width, this.hi];
      if (next) {
        e.preventDefault();
        this.brush = next;
        this.commit();
      }
    });
  }
}
