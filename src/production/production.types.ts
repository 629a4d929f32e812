// The shapes the production estimates speak in, shared by every estimator so that the CLI, the API and
// the charts read one vocabulary. An estimator that cannot answer says why (`Refusal`) instead of
// returning a number that would be read as an estimate.

/** One serial number as read from a recovered item. */
export interface SerialObservation {
  /** The recovered item's id, so that duplicates and outliers can name the item. */
  id?: string;
  /** The serial as transcribed, label included ("Зав. № ТК-0031", "S/N HW2-0417"). */
  serial: string;
  /** Date of recovery, ISO `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
  recoveredOn?: string;
}

/** Which observation a finding is about: its position in the input and its item id when given. */
export interface ObservationRef {
  index: number;
  id?: string;
}

export interface ParsedSerial extends ObservationRef {
  raw: string;
  /** The series prefix in capitals with look-alike letters folded; null when the serial has none. */
  series: string | null;
  number: number;
  recoveredOn?: string;
}

export interface UnparsedSerial extends ObservationRef {
  raw: string;
  reason: string;
}

/** The same series and number read on more than one item. */
export interface DuplicateSerial {
  series: string | null;
  number: number;
  observations: ObservationRef[];
}

/** A largest serial far above the rest of its series (the gap test of production.outliers.ts). */
export interface OutlierSerial {
  series: string | null;
  number: number;
  nextLargest: number;
  /** Probability, under uniform sampling, of a gap at least this large. */
  pValue: number;
  level: number;
  observations: ObservationRef[];
}

export interface Interval {
  low: number;
  /** Always a finite number: every interval here ends (a case where none would is refused instead). */
  high: number;
  level: number;
  method: string;
}

/** An estimator's explicit "no answer": nothing is estimated, and the reason says why. */
export interface Refusal {
  ok: false;
  reason: string;
}

/**
 * The prior on the number made. `uniform`: every N from 1 to `max` equally likely. `inverse`: p(N) ∝ 1/N
 * (improper, scale-free; the posterior is proper for any k ≥ 1, its mean finite from k = 2). `flat`:
 * p(N) ∝ 1 with no upper end (improper; the posterior is proper only from k = 2, its mean finite from k = 3).
 */
export type Prior = { kind: 'uniform'; max: number } | { kind: 'inverse' } | { kind: 'flat' };

/** How the serials of a series are numbered: from 1 (the classic model) or from an unknown start. */
export type SeriesStart = 'one' | 'unknown';

/** A claim an analyst entered: `units` made by the date `by`. */
export interface DeclaredTarget {
  units: number;
  by: string;
}
