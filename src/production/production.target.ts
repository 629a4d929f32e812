// Was a declared target ("N units by DATE", a claim an analyst entered) met? The posterior probability
// that at least N had been made by DATE, from the serials made by then under the lag assumption. When
// the evidence stops before DATE, the answer is for the last date the evidence covers, and says so:
// the serials tell nothing about what was made after the last of them.
import { statePrior } from './production.bayes.ts';
import { isoDate } from './production.dates.ts';
import { posterior, TAIL_MASS } from './production.posterior.ts';
import { probabilityAtMost } from './production.quantiles.ts';
import type { DatedSerial } from './production.rate.ts';
import type { DeclaredTarget, Prior, Refusal } from './production.types.ts';

export interface TargetAssessment {
  ok: true;
  target: DeclaredTarget;
  /** The date the probability is for: the target's date, or the last date the evidence covers. */
  evaluatedOn: string;
  /** False when the evidence ends before the target's date (the answer is then for `evaluatedOn`). */
  coversTargetDate: boolean;
  k: number;
  max: number;
  /** P(number made by `evaluatedOn` ≥ target units), under the stated prior. */
  probability: number;
  prior: Prior;
  priorStated: string;
  lagDays: number;
  notes: string[];
}

export function assessTarget(
  serials: readonly DatedSerial[],
  target: DeclaredTarget & { byDay: number },
  o: { lagDays: number; prior: Prior },
): TargetAssessment | Refusal {
  const { byDay, ...declared } = target;
  if (serials.length === 0)
    return { ok: false, reason: 'no serial has a usable recovery date: nothing to compare with the target' };
  const lastRecovery = serials.reduce((a, s) => Math.max(a, s.recoveredDay), Number.NEGATIVE_INFINITY);
  const lastEvidence = lastRecovery - o.lagDays;
  const day = Math.min(byDay, lastEvidence);
  const numbers = [...new Set(serials.filter((s) => s.recoveredDay - o.lagDays <= day).map((s) => s.number))];
  if (numbers.length === 0) {
    return {
      ok: false,
      reason: `no serial shows production by ${isoDate(day)} (recovery date less the lag of ${o.lagDays} days): nothing to compare with the target`,
    };
  }
  const max = numbers.reduce((a, b) => Math.max(a, b));
  const p = posterior(max, numbers.length, o.prior);
  if (!p.ok) return p;
  const notes: string[] = [];
  const covers = byDay <= lastEvidence;
  if (!covers) {
    notes.push(
      `the evidence ends on ${isoDate(lastEvidence)} (the last recovery, ${isoDate(lastRecovery)}, less the lag of ${o.lagDays} days): this is the probability that ${declared.units} had been made by ${isoDate(lastEvidence)}, not by ${declared.by}; nothing is extrapolated`,
    );
  }
  let probability = 1 - probabilityAtMost(p, declared.units - 1);
  if (declared.units <= max) {
    probability = 1;
    notes.push(`serial ${max} was made by then: with numbering from 1, at least ${max} had been made`);
  } else if (o.prior.kind === 'uniform' && declared.units > o.prior.max) {
    probability = 0;
    notes.push(
      `the prior stops at ${o.prior.max}, below the target: it rules the target out before any serial is read`,
    );
  } else if (declared.units > p.last) {
    probability = 0;
    notes.push(
      `the target lies beyond N = ${p.last}, past which the posterior holds less than ${TAIL_MASS}: shown as 0`,
    );
  }
  return {
    ok: true,
    target: declared,
    evaluatedOn: isoDate(day),
    coversTargetDate: covers,
    k: numbers.length,
    max,
    probability,
    prior: o.prior,
    priorStated: statePrior(o.prior),
    lagDays: o.lagDays,
    notes,
  };
}
