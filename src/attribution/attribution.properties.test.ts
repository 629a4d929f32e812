// Properties of the score over arbitrary items and profiles drawn from small pools of values, so that
// features match, contradict and go unobserved in every mixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subsystems } from '../evidence/evidence.schema.ts';
import { makeFeature, makeProfile } from './attribution.factories.ts';
import type { ItemEvidence } from './attribution.item.ts';
import type { DiagnosticFeature } from './attribution.kinds.ts';
import { attribute, scoreVariant } from './attribution.score.ts';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const weight = fc.double({ min: 0.01, max: 10, noNaN: true });
const expectation = pick(['present', 'absent'] as const);
const makers = ['Orin Sensing', 'Vela Instruments', 'Кварнел', 'HLM'];
const parts = ['MVE3172K', 'NVR5208TQ', 'KSW-7721'];
const tags = ['foam-fuselage', 'twin-boom', 'serial-stencilled'];

const feature: fc.Arbitrary<DiagnosticFeature> = fc
  .oneof(
    fc.record({ kind: fc.constant('serial_pattern' as const), pattern: pick(['^HW2-', '^TK-', '\\d{4}$']) }),
    fc.record({
      kind: fc.constant('designation_marked' as const),
      pattern: pick(['^harrow', '^терн', '-2m$']),
    }),
    fc.record({ kind: fc.constant('tag' as const), tag: pick(tags) }),
    fc.record({ kind: fc.constant('marking_script' as const), script: pick(['Latin', 'Cyrillic']) }),
    fc.record({
      kind: fc.constant('maker_present' as const),
      makers: fc.subarray(makers, { minLength: 1 }),
      subsystem: maybe(pick(subsystems)),
    }),
    fc.record({
      kind: fc.constant('part_present' as const),
      partNumber: pick(parts),
      subsystem: maybe(pick(subsystems)),
    }),
  )
  .chain((f) => fc.record({ weight, expect: expectation }).map((extra) => makeFeature({ ...f, ...extra })));

const item: fc.Arbitrary<ItemEvidence> = fc.record({
  id: fc.nat(),
  serialNumber: maybe(pick(['HW2-0417', 'НW2-0417', 'TK-0012', 'SBM-1234', ''])),
  designationMarked: maybe(pick(['Harrow-2', 'Harrow-2M', 'ТЕРН-К', 'Sable M'])),
  markings: maybe(pick(['Harrow-2\nS/N HW2-0417', 'ТЕРН-К\nЗав. № ТК-0123', '№ 12'])),
  tags: maybe(fc.subarray(tags)),
  components: fc.array(
    fc.record({
      subsystem: pick(subsystems),
      maker: maybe(pick(makers)),
      makerOrgId: maybe(fc.nat({ max: 5 })),
      partNumber: maybe(pick(parts)),
      category: maybe(pick(['GNSS receiver', 'microcontroller'])),
      markingRaw: pick(['', 'KSW\nKSW7721', '衡岚\nHLM8812']),
    }),
    { maxLength: 6 },
  ),
});

const features = fc.array(feature, { minLength: 1, maxLength: 8 });

describe('scores', () => {
  it('lie in [0, 1], never above coverage, and are the floored sum of the contributions', () => {
    fc.assert(
      fc.property(item, features, (subject, fs) => {
        const v = scoreVariant(subject, makeProfile('v', fs));
        const sum = v.features.reduce((s, f) => s + f.contribution, 0);
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
        expect(v.coverage).toBeLessThanOrEqual(1);
        expect(v.score).toBeLessThanOrEqual(v.coverage + 1e-12);
        expect(v.score).toBeCloseTo(Math.max(0, sum), 9);
      }),
    );
  });

  it('never fall when a matched feature is added, never rise when an unobserved one is', () => {
    fc.assert(
      fc.property(item, features, weight, (subject, fs, w) => {
        const tagged = { ...subject, tags: [...(subject.tags ?? []), 'seen'] };
        const before = scoreVariant(tagged, makeProfile('v', fs)).score;
        const matched = makeFeature({ kind: 'tag', tag: 'seen', weight: w });
        const unobserved = makeFeature({ kind: 'designation_marked', pattern: '^x', weight: w });
        const unmarked = { ...tagged, designationMarked: undefined };
        expect(scoreVariant(tagged, makeProfile('v', [...fs, matched])).score).toBeGreaterThanOrEqual(
          before - 1e-12,
        );
        const withoutMark = scoreVariant(unmarked, makeProfile('v', fs)).score;
        expect(scoreVariant(unmarked, makeProfile('v', [...fs, unobserved])).score).toBeLessThanOrEqual(
          withoutMark + 1e-12,
        );
      }),
    );
  });

  it('give the same attribution whatever the order of the profiles', () => {
    fc.assert(
      fc.property(item, fc.array(features, { minLength: 1, maxLength: 4 }), (subject, sets) => {
        const profiles = sets.map((fs, i) => makeProfile(`v${i}`, fs));
        expect(attribute(subject, [...profiles].reverse())).toEqual(attribute(subject, profiles));
      }),
    );
  });
});
