import { describe, expect, it } from 'vitest';
import { loadMarkingsData } from './markings.data.ts';
import { buildMakerIndex } from './markings.makers.ts';
import { parseMarking } from './markings.parse.ts';
import { resolveMakerName } from './markings.resolve.ts';

const file = (makers: unknown[], sources = { s: { title: 'A source', url: 'https://example.org/a' } }) => ({
  version: '1',
  note: 'test',
  sources,
  makers,
});
const maker = (over: Record<string, unknown> = {}) => ({
  key: 'acme',
  name: 'Acme',
  country: 'US',
  sources: ['s'],
  ...over,
});
const load = (makers: unknown[], families: { generics?: unknown; clones?: unknown } = {}) =>
  loadMarkingsData(
    { 'makers.test.json': file(makers) },
    { generics: families.generics ?? [], clones: families.clones ?? [] },
  );

describe('loadMarkingsData', () => {
  it('loads the shipped files: at least 300 makers, every source cited, acquisitions linked', () => {
    const d = loadMarkingsData();
    expect(d.makers.length).toBeGreaterThanOrEqual(300);
    expect(d.makers.find((m) => m.key === 'maxim')?.mergedInto?.key).toBe('adi');
    for (const m of d.makers) for (const s of m.sources) expect(d.sources[s]?.url).toMatch(/^https?:\/\//);
  });

  it('fills the optional lists of a maker', () => {
    expect(load([maker()]).makers[0]).toMatchObject({ aliases: [], prefixes: [], dateSchemes: [] });
  });

  it('says which file, maker and field are wrong', () => {
    expect(() => load([maker({ country: 'USA' })])).toThrow(
      /makers\.test\.json: maker "acme", field country/,
    );
    expect(() => load([maker({ dateSchemes: ['YYYY'] })])).toThrow(/maker "acme", field dateSchemes\.0/);
    expect(() => load([maker({ prefixes: [{ prefix: 'stm32' }] })])).toThrow(
      /maker "acme", field prefixes\.0\.prefix/,
    );
    expect(() => load([maker({ sources: ['nope'] })])).toThrow(
      /maker "acme", field sources: "nope" is not listed/,
    );
    expect(() => load([maker(), maker()])).toThrow(/maker "acme", field key: already defined/);
    expect(() => load([maker({ mergedInto: { key: 'ghost', year: 2020 } })])).toThrow(
      /field mergedInto\.key/,
    );
    expect(() => load([{ name: 'No key' }])).toThrow(/maker #1, field key/);
    expect(() =>
      load([maker()], {
        generics: [{ pattern: 'LM317', description: 'x', makers: ['acme', 'ghost'], sources: ['s'] }],
      }),
    ).toThrow(/generics\.json: family "LM317", field makers: "ghost"/);
  });

  it('refuses a base pattern that could backtrack catastrophically, or that is no pattern', () => {
    const withBase = (pattern: string) => maker({ prefixes: [{ prefix: 'AC', base: { pattern } }] });
    expect(() => load([withBase('^(AC([A-Z]+)+)')])).toThrow(/nested repetition/);
    expect(() => load([withBase('^(AC[')])).toThrow(/not a regular expression/);
    expect(load([withBase('^(AC[0-9]{3})')]).makers[0].prefixes[0].base).toEqual({
      pattern: '^(AC[0-9]{3})',
    });
  });
});

describe('the shipped makers, end to end', () => {
  const d = loadMarkingsData();
  const index = buildMakerIndex(d.makers, d.generics, d.clones);

  it('reads the issue’s ST marking', () => {
    const r = parseMarking('STM32F405 / RGT6 / GH229 93 / CHN 227', index, { recovered: '2023-01-10' });
    expect(r.manufacturer?.key).toBe('st');
    expect(r.partNumber?.full).toBe('STM32F405RGT6');
    expect(r.countryOfAssembly).toBe('CN');
    expect(r.dateCode?.ambiguous).toBe(true);
  });

  it('resolves the issue’s name variants and refuses an invented one', () => {
    for (const n of ['Texas Instruments Inc.', 'TEXAS INSTR', 'TI'])
      expect(resolveMakerName(n, index)?.key).toBe('ti');
    expect(resolveMakerName('Freescale Semiconductor', index)?.key).toBe('freescale');
    expect(resolveMakerName('Brightwater Fluxonics Ltd', index)).toBeNull();
  });
});
