import { describe, expect, it } from 'vitest';
import { explainAttribution } from './attribution.explain.ts';
import { makeComponent, makeFeature, makeItem, makeProfile } from './attribution.factories.ts';
import { attribute, rankVariants, scoreVariant } from './attribution.score.ts';

const serial = (pattern: string, weight: number) => makeFeature({ kind: 'serial_pattern', pattern, weight });
const tag = (name: string, weight: number) => makeFeature({ kind: 'tag', tag: name, weight });
const gnssBy = (maker: string, weight: number) =>
  makeFeature({ kind: 'maker_present', makers: [maker], subsystem: 'navigation', weight });

const original = makeProfile(
  'original',
  [serial('^HW2-', 3), gnssBy('Orin Sensing', 5), tag('foam-fuselage', 2)],
  {
    name: 'Harrow-2 (original)',
  },
);
const copy = makeProfile(
  'copy',
  [serial('^HW2M-', 3), gnssBy('Vela Instruments', 5), tag('foam-fuselage', 2)],
  {
    name: 'Harrow-2M (copy)',
  },
);
const tern = makeProfile('tern', [serial('^TK-', 1)], { designation: 'Tern-K', name: 'Tern-K' });
const profiles = [copy, tern, original];

const gnss = (maker: string) => makeComponent({ subsystem: 'navigation', maker });
const harrow = (fields: Parameters<typeof makeItem>[0] = {}) =>
  makeItem({ designationAssessed: 'Harrow-2', ...fields });

describe('scoreVariant', () => {
  it('adds matched weight, takes contradicted weight away, as shares of the whole profile', () => {
    const v = scoreVariant(
      harrow({ serialNumber: 'HW2-0001', components: [gnss('Orin Sensing')], tags: ['twin-boom'] }),
      original,
    );
    expect(v.features.map((f) => [f.outcome, f.contribution])).toEqual([
      ['matched', 0.3],
      ['matched', 0.5],
      ['contradicted', -0.2],
    ]);
    expect(v.score).toBeCloseTo(0.6);
    expect(v.coverage).toBe(1);
  });

  it('counts unobserved features as nothing, never as a match: they lower coverage and cap the score', () => {
    const v = scoreVariant(harrow({ serialNumber: 'HW2-0001' }), original);
    expect(v.features.map((f) => f.outcome)).toEqual(['matched', 'unobserved', 'unobserved']);
    expect(v.score).toBeCloseTo(0.3);
    expect(v.coverage).toBeCloseTo(0.3);
  });

  it('floors the score at 0 when contradictions outweigh matches', () => {
    const v = scoreVariant(
      harrow({ serialNumber: 'TK-1', components: [gnss('Vela Instruments')] }),
      original,
    );
    expect(v.score).toBe(0);
    expect(v.coverage).toBeCloseTo(0.8);
  });
});

describe('attribute', () => {
  const evidence = { serialNumber: 'HW2-0417', components: [gnss('Orin Sensing')], tags: ['foam-fuselage'] };

  it('compares the variants of the assessed designation, best first, and names the best', () => {
    const a = attribute(harrow(evidence), profiles);
    expect(a.compared).toBe('the variant profiles of the assessed designation Harrow-2');
    expect(a.ranked.map((v) => [v.variantId, v.score])).toEqual([
      ['original', 1],
      ['copy', 0],
    ]);
    expect(a.decision).toEqual({
      variantId: 'original',
      rule: 'decided',
      reason:
        'Harrow-2 (original) scores 1.00 (needs 0.50) with evidence on 100% of its profile, 1.00 ahead of Harrow-2M (copy).',
    });
  });

  it('compares every variant when no designation was assessed', () => {
    const a = attribute(makeItem({ serialNumber: 'TK-0003' }), profiles);
    expect(a.compared).toBe('all variant profiles (no assessed designation recorded)');
    expect(a.ranked.map((v) => v.variantId)).toEqual(['tern', 'copy', 'original']);
    expect(a.decision.variantId).toBe('tern');
    expect(a.decision.reason).toContain('1.00 ahead of Harrow-2M (copy)');
  });

  it('says unknown when no profile describes the assessed designation', () => {
    const a = attribute(makeItem({ designationAssessed: 'Sable M', serialNumber: 'HW2-1' }), profiles);
    expect(a.ranked).toEqual([]);
    expect(a.best).toBeUndefined();
    expect(a.decision).toEqual({
      variantId: 'unknown',
      rule: 'no_profile',
      reason: 'No variant profile describes the assessed designation Sable M.',
    });
    expect(attribute(makeItem(), []).decision.reason).toBe('There are no variant profiles to compare with.');
  });

  it('says unknown when the evidence covers too little of the best profile', () => {
    const a = attribute(harrow({ serialNumber: 'HW2-0417' }), profiles);
    expect(a.best?.variantId).toBe('original');
    expect(a.decision).toEqual({
      variantId: 'unknown',
      rule: 'low_coverage',
      reason:
        'The evidence covers 30% of the profile of the best candidate, Harrow-2 (original); at least 50% is needed.',
    });
  });

  it('says unknown when the best score is under its threshold, the profile’s own or the default', () => {
    const mixed = harrow({
      serialNumber: 'HW2-0417',
      components: [gnss('Vela Instruments')],
      tags: ['foam-fuselage'],
    });
    // original: +0.3 −0.5 +0.2 = 0; copy: −0.3 +0.5 +0.2 = 0.4
    const a = attribute(mixed, profiles);
    expect(a.best?.variantId).toBe('copy');
    expect(a.decision.rule).toBe('low_score');
    expect(a.decision.reason).toBe(
      'The best candidate, Harrow-2M (copy), scores 0.40, under the 0.50 it needs.',
    );
    const lenient = makeProfile('copy', copy.features, { name: 'Harrow-2M (copy)', minScore: 0.35 });
    expect(attribute(mixed, [original, lenient]).decision.variantId).toBe('copy');
    expect(attribute(mixed, [original, copy], { minScore: 0.8 }).decision.rule).toBe('low_score');
  });

  it('says unknown when the best leads the runner-up by less than the margin, stating both', () => {
    const shared = makeProfile(
      'shared',
      [serial('^HW2-', 3), gnssBy('Orin Sensing', 5), tag('twin-boom', 2)],
      {
        name: 'Harrow-2 (twin boom)',
      },
    );
    const a = attribute(harrow(evidence), [original, shared]);
    expect(a.ranked.map((v) => [v.variantId, v.score])).toEqual([
      ['original', 1],
      ['shared', 0.6],
    ]);
    expect(attribute(harrow(evidence), [original, shared], { minMargin: 0.45 }).decision).toEqual({
      variantId: 'unknown',
      rule: 'narrow_margin',
      reason:
        'Harrow-2 (original) (1.00) leads Harrow-2 (twin boom) (0.60) by 0.40, under the margin of 0.45 needed.',
    });
    // A lead exactly at the margin is enough, whatever the float arithmetic made of it.
    expect(attribute(harrow(evidence), [original, shared], { minMargin: 0.4 }).decision.variantId).toBe(
      'original',
    );
  });

  it('breaks ties by coverage, then by id, so that the ranking never depends on input order', () => {
    // All score 0: a and b on half their profile, c on all of it.
    const a = makeProfile('a', [serial('^X', 1), gnssBy('Orin Sensing', 1)]);
    const b = makeProfile('b', [serial('^X', 1), gnssBy('Orin Sensing', 1)]);
    const c = makeProfile('c', [serial('^Y', 1), tag('t', 1)]);
    const subject = harrow({ serialNumber: 'Y-1', tags: ['u'] });
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, c, a],
    ];
    const rankings = orders.map((ps) =>
      rankVariants(ps.map((p) => scoreVariant(subject, p))).map((v) => v.variantId),
    );
    expect(rankings).toEqual([
      ['c', 'a', 'b'],
      ['c', 'a', 'b'],
      ['c', 'a', 'b'],
    ]);
  });

  it('gives the same attribution whatever the order of tied profiles', () => {
    // Two profiles alike in score and coverage: only the tie-break by id orders them.
    const twin = makeProfile('twin', original.features, { name: 'Harrow-2 (twin)' });
    const subject = harrow(evidence);
    const forward = attribute(subject, [twin, original]);
    expect(forward.ranked.map((v) => v.variantId)).toEqual(['original', 'twin']);
    expect(attribute(subject, [original, twin])).toEqual(forward);
  });

  it('explains itself in lines a reviewer can check', () => {
    const lines = explainAttribution(attribute(harrow({ ...evidence, tags: [] }), profiles));
    expect(lines).toEqual([
      expect.stringMatching(
        /^Attribution of item 1: Harrow-2 \(original\)\. Harrow-2 \(original\) scores 0\.80/,
      ),
      'Compared: the variant profiles of the assessed designation Harrow-2.',
      'Harrow-2 (original) [original]: score 0.80, evidence on 80% of the profile',
      '  a serial_pattern feature: serial HW2-0417 matches ^HW2- (+0.30)',
      '  a maker_present feature: component in navigation by Orin Sensing (+0.50)',
      '  a tag feature: no construction tags recorded (unobserved)',
      'Harrow-2M (copy) [copy]: score 0.00, evidence on 80% of the profile',
      '  a serial_pattern feature: serial HW2-0417 does not match ^HW2M- (contradicts, \u22120.30)',
      '  a maker_present feature: component in navigation by Orin Sensing, expected Vela Instruments (contradicts, \u22120.50)',
      '  a tag feature: no construction tags recorded (unobserved)',
    ]);
  });
});
