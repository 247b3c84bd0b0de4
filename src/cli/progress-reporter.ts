/**
 * Progress of a long run on standard error: a bar redrawn in place, with rate and ETA, on a
 * terminal; a plain line every few seconds otherwise (logs and CI keep a readable history).
 */

/** One progress reading. */
export interface ProgressReading {
  /** Share done, 0..1. */
  fraction: number;
  /** Items processed so far (for the rate). */
  items: number;
  /** Extra counters shown after the rate, e.g. "3 errors". */
  detail: string;
  elapsedMs: number;
}

function clock(secs: number): string {
  if (!Number.isFinite(secs)) return '--:--';
  const s = Math.round(secs);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

/** Draws progress for the command `label`. */
export class ProgressReporter {
  private last = 0;
  private drawn = false;
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = stream.isTTY ? 100 : 5000,
  ) {
    this.tty = stream.isTTY === true;
  }

  /** The line for a reading (without newline). */
  format(p: ProgressReading): string {
    const pct = Math.min(100, Math.max(0, p.fraction * 100));
    const rate = p.elapsedMs > 0 ? (p.items * 1000) / p.elapsedMs : 0;
    const eta = p.fraction > 0.001 ? ((1 - p.fraction) * p.elapsedMs) / p.fraction / 1000 : NaN;
    const stats = `${pct.toFixed(0).padStart(3)}% ${p.items} articles ${rate.toFixed(0)}/s ETA ${clock(eta)}${p.detail ? ' ' + p.detail : ''}`;
    if (!this.tty) return `${this.label}: ${stats}`;
    const width = 24;
    const full = Math.round((pct / 100) * width);
    return `${this.label} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${stats}`;
  }

  /** Shows a reading, at most once per interval. */
  update(p: ProgressReading, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    const line = this.format(p);
    if (this.tty) {
      const cols = this.stream.columns ?? 100;
      this.stream.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length + 2))}`);
      this.drawn = true;
    } else {
      this.stream.write(line + '\n');
    }
  }

  /** Ends the bar's line. */
  done(): void {
    if (this.tty && this.drawn) this.stream.write('\n');
  }
}
