// Formatting shared by every page: numbers, dates as recorded (with their precision), labels of
// the registry's enumerations.

const nf = new Intl.NumberFormat('en-GB');
export const formatNumber = (n: number | null | undefined) => (n == null ? '' : nf.format(n));

/** A stored date or date-time shown at the precision it was recorded with. */
export function formatDate(iso: string | null | undefined, precision?: string | null): string {
  if (!iso) return '';
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month' || /^\d{4}-\d{2}$/.test(iso)) return iso.slice(0, 7);
  if (precision === 'time' || iso.length > 10)
    return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
  return iso.slice(0, 10);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** snake_case enumeration values as words: `loitering_munition` → "loitering munition". */
export const label = (v: string | null | undefined) => (v ? v.replaceAll('_', ' ') : '');

export const designationOf = (i: { designationAssessed: string | null; designationMarked: string | null }) =>
  i.designationAssessed ?? i.designationMarked ?? '';
