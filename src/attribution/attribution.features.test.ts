import { describe, expect, it } from 'vitest';
import {
  makeComponent as component,
  makeFeature as feature,
  makeItem as item,
  makeProfile,
} from './attribution.factories.ts';
import { readFeature } from './attribution.features.ts';
import type { ItemEvidence } from './attribution.item.ts';
import type { DiagnosticFeature } from './attribution.kinds.ts';
import { scoreVariant } from './attribution.score.ts';

/** The outcome and explanation of one feature, scored alone in a profile. */
function outcome(f: DiagnosticFeature, subject: ItemEvidence) {
  const [o] = scoreVariant(subject, makeProfile('v', [f])).features;
  return { outcome: o.outcome, explanation: o.explanation };
}

describe('serial_pattern', () => {
  const f = feature({ kind: 'serial_pattern', pattern: '^HW2-' });
  it('is matched by a serial of the series, typed in Latin or in Cyrillic look-alikes', () => {
    expect(outcome(f, item({ serialNumber: 'HW2-0417' }))).toEqual({
      outcome: 'matched',
      explanation: 'serial HW2-0417 matches ^HW2- (+1.00)',
    });
    expect(outcome(f, item({ serialNumber: 'НW2-0417' })).explanation).toBe(
      'serial НW2-0417 (read as HW2-0417) matches ^HW2- (+1.00)',
    );
  });
  it('is contradicted by another serial, unobserved without one', () => {
    expect(outcome(f, item({ serialNumber: 'TK-0012' }))).toEqual({
      outcome: 'contradicted',
      explanation: 'serial TK-0012 does not match ^HW2- (contradicts, \u22121.00)',
    });
    expect(outcome(f, item({ serialNumber: '  ' }))).toEqual({
      outcome: 'unobserved',
      explanation: 'no serial number recorded (unobserved)',
    });
  });
});

describe('designation_marked', () => {
  const f = feature({ kind: 'designation_marked', pattern: '^harrow-2m$' });
  it('reads the designation as printed, in any case', () => {
    expect(outcome(f, item({ designationMarked: 'HARROW-2M' })).outcome).toBe('matched');
    expect(outcome(f, item({ designationMarked: 'Harrow-2' })).explanation).toBe(
      'designation marked "Harrow-2" does not match ^harrow-2m$ (contradicts, \u22121.00)',
    );
    expect(outcome(f, item({ designationAssessed: 'Harrow-2' })).outcome).toBe('unobserved');
  });
});

describe('tag', () => {
  const f = feature({ kind: 'tag', tag: 'foam-fuselage' });
  it('matches a tag however it was spelt, contradicts other tags, says nothing of an untagged item', () => {
    expect(outcome(f, item({ tags: ['Foam fuselage'] })).outcome).toBe('matched');
    expect(outcome(f, item({ tags: ['twin-boom'] })).explanation).toBe(
      'not tagged "foam-fuselage" (tags: twin-boom) (contradicts, \u22121.00)',
    );
    expect(outcome(f, item({ tags: [] })).outcome).toBe('unobserved');
    expect(outcome(f, item({ tags: null })).outcome).toBe('unobserved');
  });
  it('turns around when the tag is expected absent', () => {
    const absent = feature({ kind: 'tag', tag: 'foam-fuselage', expect: 'absent' });
    expect(outcome(absent, item({ tags: ['twin-boom'] })).outcome).toBe('matched');
    expect(outcome(absent, item({ tags: ['foam-fuselage'] })).explanation).toBe(
      'tagged "foam-fuselage" (contradicts: expected absent, \u22121.00)',
    );
  });
});

describe('marking_script', () => {
  const cyrillic = feature({ kind: 'marking_script', script: 'Cyrillic' });
  it('is matched when most letters of the item markings are in the script', () => {
    expect(outcome(cyrillic, item({ markings: 'ТЕРН-К\nЗав. № ТК-0123' }))).toEqual({
      outcome: 'matched',
      explanation: 'item markings mainly Cyrillic (10 of 10 letters) (+1.00)',
    });
    // A Latin serial on a Cyrillic plate: still mainly Cyrillic.
    expect(outcome(cyrillic, item({ markings: 'Зав. № HW2-0417', designationMarked: 'ТЕРН' }))).toEqual({
      outcome: 'matched',
      explanation: 'item markings mainly Cyrillic (7 of 9 letters) (+1.00)',
    });
  });
  it('is contradicted by Latin markings with a stray look-alike, unobserved with too few letters', () => {
    expect(outcome(cyrillic, item({ markings: 'TERN-K\nS/N ТК-0123' })).explanation).toBe(
      'item markings not mainly Cyrillic (2 of 9 letters) (contradicts, \u22121.00)',
    );
    expect(outcome(cyrillic, item({ markings: '№ 0123' })).outcome).toBe('unobserved');
    expect(outcome(cyrillic, item({})).outcome).toBe('unobserved');
  });
  it('reads the designation when the transcription of markings leaves it out', () => {
    expect(outcome(cyrillic, item({ designationMarked: 'ТОРВИН-2' })).outcome).toBe('matched');
  });
  it('reads the components instead of the item when asked', () => {
    const f = feature({ kind: 'marking_script', script: 'Han', scope: 'components' });
    const parts = [component({ markingRaw: '衡岚\nHLM' }), component({ markingRaw: 'KSW7721' })];
    expect(outcome(f, item({ markings: 'Harrow-2', components: parts })).explanation).toBe(
      'component markings not mainly Han (2 of 8 letters) (contradicts, \u22121.00)',
    );
    expect(outcome(f, item({ components: [component({ markingRaw: '衡岚微电子' })] })).outcome).toBe(
      'matched',
    );
  });
});

describe('part_present', () => {
  const fc = (fields: Parameters<typeof component>[0]) =>
    component({ subsystem: 'flight_control', category: 'microcontroller', ...fields });
  const exact = feature({
    kind: 'part_present',
    partNumber: 'MVE-3172 K',
    subsystem: 'flight_control',
    category: 'microcontroller',
  });
  it('compares whole part numbers without case, spaces, dashes or look-alikes', () => {
    expect(outcome(exact, item({ components: [fc({ partNumber: 'mve3172k' })] })).explanation).toBe(
      'microcontroller in flight control mve3172k matches MVE-3172 K (+1.00)',
    );
    expect(outcome(exact, item({ components: [fc({ partNumber: 'МVЕ3172К' })] })).outcome).toBe('matched');
    // Not parsed into a part number, but printed on a line of its own.
    expect(
      outcome(exact, item({ components: [fc({ markingRaw: 'MIROVEX / MVE3172K / 2231 A7' })] })).outcome,
    ).toBe('matched');
  });
  it('is contradicted by another part read in the same place, unobserved when none was read', () => {
    const other = item({ components: [fc({ partNumber: 'NVR5208TQ' }), fc({ markingRaw: '??' })] });
    expect(outcome(exact, other).explanation).toBe(
      '2 legible microcontroller in flight control read (NVR5208TQ and ??), none matches MVE-3172 K (contradicts, \u22121.00)',
    );
    const elsewhere = item({
      components: [component({ subsystem: 'datalink', category: 'microcontroller', partNumber: 'X1' })],
    });
    expect(outcome(exact, elsewhere).explanation).toBe(
      'no legible microcontroller in flight control recorded (unobserved)',
    );
    expect(outcome(exact, item({ components: [fc({ markingRaw: '' })] })).outcome).toBe('unobserved');
  });
  it('takes a regular expression, tried on the part number as printed and normalised', () => {
    const series = feature({ kind: 'part_present', pattern: '^NVR52\\d{2}' });
    expect(outcome(series, item({ components: [fc({ partNumber: 'NVR-5208TQ' })] })).outcome).toBe('matched');
    expect(outcome(series, item({ components: [fc({ partNumber: 'NVR6208TQ' })] })).outcome).toBe(
      'contradicted',
    );
  });
});

describe('maker_present', () => {
  const gnss = (fields: Parameters<typeof component>[0]) =>
    component({ subsystem: 'navigation', category: 'gnss receiver', ...fields });
  const f = feature({
    kind: 'maker_present',
    makers: ['Orin Sensing Ltd', 'ORS', '42'],
    subsystem: 'navigation',
    category: 'GNSS receiver',
  });
  it('matches a listed maker by name (folded, legal form aside) or by organization id', () => {
    expect(outcome(f, item({ components: [gnss({ maker: 'ORIN SENSING' })] })).explanation).toBe(
      'GNSS receiver in navigation by ORIN SENSING (+1.00)',
    );
    expect(outcome(f, item({ components: [gnss({ makerOrgId: 42 })] })).explanation).toBe(
      'GNSS receiver in navigation by organization 42 (+1.00)',
    );
  });
  it('is contradicted by another maker in that place, unobserved when no maker was recorded there', () => {
    expect(outcome(f, item({ components: [gnss({ maker: 'Vela Instruments' })] })).explanation).toBe(
      'GNSS receiver in navigation by Vela Instruments, expected Orin Sensing Ltd, ORS or 42 (contradicts, \u22121.00)',
    );
    const noMaker = item({
      components: [gnss({ markingRaw: 'VL100' }), component({ subsystem: 'power', maker: 'ORS' })],
    });
    expect(outcome(f, noMaker).explanation).toBe(
      'no GNSS receiver in navigation with a recorded maker (unobserved)',
    );
  });
  it('reads "expected absent" as none of the listed makers', () => {
    const absent = feature({
      kind: 'maker_present',
      makers: ['Vedritsa'],
      subsystem: 'airframe',
      expect: 'absent',
    });
    const harness = (maker: string) => item({ components: [component({ subsystem: 'airframe', maker })] });
    expect(outcome(absent, harness('Brennick')).explanation).toBe(
      'component in airframe by Brennick, none by Vedritsa (+1.00)',
    );
    expect(outcome(absent, harness('VEDRITSA')).outcome).toBe('contradicted');
  });
});

describe('readFeature', () => {
  it('reads only; agreement with the profile is the scorer’s', () => {
    const absent = feature({ kind: 'serial_pattern', pattern: '^HW2-', expect: 'absent' });
    expect(readFeature(absent, item({ serialNumber: 'HW2-1' }))).toEqual({
      observed: true,
      present: true,
      fact: 'serial HW2-1 matches ^HW2-',
    });
  });
});
