// What `teardown estimate` prints: the documented JSON shape (per series: series, k, min, max, estimate,
// interval, notes; then the serials not read and the numbers read twice) and the same as a readable
// table with every note, so that no caveat is lost between the two.
export interface EstimateSeries {
  series: string | null;
  k: number;
  min: number;
  max: number;
  estimate: number | null;
  interval: { low: number; high: number | null; level: number; method: string } | null;
  notes: string[];
}

/** Exactly the documented keys of a series, whatever else the estimate carries. */
export const seriesOut = (s: EstimateSeries): EstimateSeries => ({
  series: s.series,
  k: s.k,
  min: s.min,
  max: s.max,
  estimate: s.estimate,
  interval: s.interval,
  notes: s.notes,
});

/** Where an observation came from: a line of the file, or an item of the database. */
export type Place = string;

export interface EstimateText {
  series: EstimateSeries[];
  unparsed: { where: Place; serial: string; reason: string }[];
  duplicates: { series: string | null; number: number; where: Place[] }[];
  targets?: { claim: string; lines: string[] }[];
  head?: string;
}

const name = (series: string | null) => series ?? '(no prefix)';

function interval(s: EstimateSeries): string {
  if (!s.interval) return '—';
  const high = s.interval.high === null ? 'no upper bound' : String(s.interval.high);
  return `${s.interval.low} – ${high}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export function estimateText(r: EstimateText): string {
  const out: string[] = r.head ? [r.head, ''] : [];
  if (r.series.length === 0) out.push('no serial could be read: nothing to estimate');
  else {
    const level = r.series.find((s) => s.interval)?.interval?.level ?? 0.9;
    out.push(
      ...table([
        ['series', 'k', 'min', 'max', 'estimate', `${Math.round(level * 100)}% interval`],
        ...r.series.map((s) => [
          name(s.series),
          String(s.k),
          String(s.min),
          String(s.max),
          s.estimate === null ? '—' : String(s.estimate),
          interval(s),
        ]),
      ]),
    );
    for (const s of r.series) {
      out.push('', `${name(s.series)}:${s.interval ? ` ${s.interval.method}` : ''}`);
      for (const n of s.notes) out.push(`  - ${n}`);
    }
  }
  if (r.unparsed.length > 0) {
    out.push('', `not read (${r.unparsed.length}):`);
    for (const u of r.unparsed) out.push(`  ${u.where}: ${JSON.stringify(u.serial)}: ${u.reason}`);
  }
  if (r.duplicates.length > 0) {
    out.push('', `read more than once (${r.duplicates.length}), counted once:`);
    for (const d of r.duplicates) out.push(`  ${name(d.series)} ${d.number}: ${d.where.join(', ')}`);
  }
  for (const t of r.targets ?? []) {
    out.push('', `declared target: ${t.claim}`);
    for (const line of t.lines) out.push(`  ${line}`);
  }
  return out.join('\n');
}
