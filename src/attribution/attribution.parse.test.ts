import { describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { parseVariantProfiles } from './attribution.parse.ts';

const yaml = `label: test profiles
variants:
  - id: harrow-2-original
    name: Harrow-2 (original)
    designation: Harrow-2
    description: A test variant.
    features:
      - kind: serial_pattern
        pattern: ^HW2-
        weight: 0.3
        label: serial in the HW2 series
      - kind: maker_present
        subsystem: navigation
        makers: [Kestrel Semi]
        expect: absent
        weight: 1
        label: no Kestrel GNSS
`;

/** The problems a document raises, as "path: message @line:column". */
function problems(text: string): string[] {
  try {
    parseVariantProfiles(text, 'test.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(Invalid);
    return (e as Invalid).problems.map(
      (p) => `${p.path ?? ''}: ${p.message}${p.line ? ` @${p.line}:${p.column}` : ''}`,
    );
  }
  throw new Error('the document parsed');
}

/** The YAML test document with one line replaced. */
const withLine = (from: string, to: string) => {
  expect(yaml).toContain(from);
  return yaml.replace(from, to);
};

describe('parseVariantProfiles', () => {
  it('reads a YAML document, filling defaults', () => {
    const doc = parseVariantProfiles(yaml);
    expect(doc.label).toBe('test profiles');
    expect(doc.variants[0].features.map((f) => f.expect)).toEqual(['present', 'absent']);
    expect(doc.variants[0].features[0]).toMatchObject({
      kind: 'serial_pattern',
      pattern: '^HW2-',
      weight: 0.3,
    });
  });

  it('reads the same document written as JSON', () => {
    const json = JSON.stringify(parseVariantProfiles(yaml), null, '\t');
    expect(parseVariantProfiles(json)).toEqual(parseVariantProfiles(yaml));
  });

  it('names line and column of a YAML syntax error', () => {
    const [problem] = problems(withLine('    name: Harrow-2 (original)', '    name: "Harrow-2 (original)'));
    expect(problem).toMatch(/Missing closing "quote/);
    expect(problem).toMatch(/@\d+:\d+$/);
  });

  it('names line and column of a JSON syntax error', () => {
    expect(problems('{\n  "variants": [\n    {"id": "a",, }\n  ]\n}')).toEqual([
      expect.stringMatching(/@3:16$/),
    ]);
  });

  it('names the field path (and its line) of a value the schema refuses', () => {
    expect(problems(withLine('weight: 0.3', 'weight: -2'))).toEqual([
      'variants[0].features[0].weight: must be a number > 0 @10:17',
    ]);
    expect(problems(withLine('weight: 0.3', 'weight: heavy'))).toEqual([
      'variants[0].features[0].weight: must be a number > 0 @10:17',
    ]);
  });

  it('refuses unknown keys and kinds, naming them', () => {
    expect(problems(withLine('        weight: 0.3', '        wieght: 0.3'))).toEqual([
      'variants[0].features[0].weight: is missing (must be a number > 0) @8:9',
      'variants[0].features[0].wieght: unknown key @10:9',
    ]);
    expect(problems(withLine('kind: serial_pattern', 'kind: colour'))[0]).toMatch(
      /^variants\[0\]\.features\[0\]\.kind: unknown kind "colour": one of serial_pattern, .* @8:15$/,
    );
    expect(problems(withLine('label: test profiles', 'lable: test profiles'))).toEqual([
      'lable: unknown key @1:1',
    ]);
  });

  it('refuses a regular expression JavaScript cannot compile, naming the field', () => {
    expect(problems(withLine('pattern: ^HW2-', 'pattern: ^HW2-('))[0]).toMatch(
      /^variants\[0\]\.features\[0\]\.pattern: is not a valid regular expression: .* @9:18$/,
    );
    expect(problems(withLine('pattern: ^HW2-', 'pattern: (a+)+$'))[0]).toMatch(/pattern: repeats a group/);
  });

  it('checks scripts, subsystems, slugs, reserved and duplicate ids', () => {
    const script = `${yaml}      - kind: marking_script\n        script: cyrillic\n        weight: 1\n        label: x\n`;
    expect(problems(script)[0]).toMatch(/features\[2\]\.script: is not a Unicode script name/);
    expect(problems(withLine('subsystem: navigation', 'subsystem: gnss'))[0]).toMatch(
      /features\[1\]\.subsystem: must be one of navigation, /,
    );
    expect(problems(withLine('id: harrow-2-original', 'id: Harrow 2'))[0]).toMatch(
      /variants\[0\]\.id: must be a slug/,
    );
    expect(problems(withLine('id: harrow-2-original', 'id: unknown'))[0]).toMatch(/"unknown" is reserved/);
    const twice = `${yaml}${yaml.slice(yaml.indexOf('  - id:'))}`;
    expect(problems(twice)).toEqual(['variants[1].id: duplicates the id of variants[0] @18:9']);
    // Shown together with other problems of the same document, not after they are fixed.
    expect(problems(twice.replace('weight: 0.3', 'weight: 0'))).toContain(
      'variants[1].id: duplicates the id of variants[0] @18:9',
    );
  });

  it('wants exactly one of partNumber and pattern in part_present', () => {
    const part = (fields: string) =>
      `${yaml}      - kind: part_present\n${fields}        weight: 1\n        label: x\n`;
    expect(problems(part(''))[0]).toMatch(/features\[2\]\.partNumber: needs exactly one of partNumber/);
    expect(problems(part('        partNumber: A1\n        pattern: ^A\n'))[0]).toMatch(/needs exactly one/);
    expect(
      parseVariantProfiles(part('        partNumber: KSW-7721\n')).variants[0].features[2],
    ).toMatchObject({
      partNumber: 'KSW-7721',
    });
  });

  it('refuses empty documents, several documents and unknown tags', () => {
    expect(problems('')).toEqual([': is empty: a document needs a list of variants']);
    expect(problems('- a\n- b')).toEqual(['(document): must be a mapping with a list of variants @1:1']);
    expect(problems('variants: []')).toEqual(['variants: must list at least one variant profile @1:11']);
    expect(problems(`${yaml}---\n${yaml}`)[0]).toMatch(/multiple documents/);
    expect(problems(withLine('name: Harrow-2 (original)', 'name: !!js/function x'))[0]).toMatch(
      /Unresolved tag/,
    );
  });

  it('says where the problem is in the message of the error', () => {
    expect(() => parseVariantProfiles(withLine('weight: 0.3', 'weight: 0'), 'demo.yaml')).toThrow(
      'demo.yaml, line 10, column 17: variants[0].features[0].weight: must be a number > 0',
    );
    expect(() =>
      parseVariantProfiles(
        withLine('weight: 0.3', 'weight: 0').replace('weight: 1', 'weight: 0'),
        'demo.yaml',
      ),
    ).toThrow(
      'demo.yaml: 2 problems:\nline 10, column 17: variants[0].features[0].weight: must be a number > 0\n' +
        'line 16, column 17: variants[0].features[1].weight: must be a number > 0',
    );
  });
});
