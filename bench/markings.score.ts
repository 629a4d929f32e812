// Scores the markings parser on the labelled transcriptions (bench/data/markings/labelled.jsonl) and
// the maker resolver on spelling variants and invented names (maker-names.jsonl), field by field, per
// split. Shared by the benchmark and by the accuracy test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkingEngine, MarkingReading } from '../src/markings/index.ts';

const dir = join(import.meta.dirname, 'data', 'markings');

export interface Labelled {
  id: string;
  split: 'tune' | 'holdout';
  text: string;
  recovered: string | null;
  expect: {
    maker: string | null;
    partFull: string | null;
    dateYear: number | null;
    dateWeek: number | null;
    dateMonth: number | null;
    dateAmbiguous: boolean;
    dateYears?: number[];
    lot: string | null;
    country: string | null;
    flags: string[];
  };
  tags: string[];
}

export interface NameCase {
  name: string;
  expect: string | null;
  split: 'tune' | 'holdout';
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

export const labelled = (): Labelled[] => jsonl<Labelled>('labelled.jsonl');
export const makerNames = (): NameCase[] => jsonl<NameCase>('maker-names.jsonl');

/** The maker the reading names, or the maker it was acquired by, counts as the same maker. */
function makerRight(r: MarkingReading, want: string | null): boolean {
  if (want === null) return r.manufacturer === null;
  return r.manufacturer?.key === want || r.manufacturer?.now?.key === want;
}

function dateRight(r: MarkingReading, e: Labelled['expect']): { right: boolean; confidentlyWrong: boolean } {
  const d = r.dateCode;
  if (e.dateAmbiguous) {
    const want = e.dateYears ?? [];
    const right = !!d && d.ambiguous && want.every((y) => d.years.includes(y));
    return { right, confidentlyWrong: !!d && !d.ambiguous && d.year !== null && !want.includes(d.year) };
  }
  if (e.dateYear === null) return { right: d === null || d.year === null, confidentlyWrong: false };
  const right =
    !!d &&
    !d.ambiguous &&
    d.year === e.dateYear &&
    (e.dateWeek === null || d.week === e.dateWeek) &&
    (e.dateMonth === null || d.month === e.dateMonth);
  return { right, confidentlyWrong: !!d && !d.ambiguous && d.year !== null && !right };
}

export interface FieldScores {
  n: number;
  maker: number;
  partNumber: number;
  date: number;
  lot: number;
  country: number;
  flags: number;
  ambiguousInputs: number;
  confidentlyWrongOnAmbiguous: number;
  errors: number;
  wrong: { id: string; fields: string[] }[];
}

export function scoreParser(engine: MarkingEngine, cases: Labelled[]): FieldScores {
  const s: FieldScores = {
    n: cases.length,
    maker: 0,
    partNumber: 0,
    date: 0,
    lot: 0,
    country: 0,
    flags: 0,
    ambiguousInputs: 0,
    confidentlyWrongOnAmbiguous: 0,
    errors: 0,
    wrong: [],
  };
  for (const c of cases) {
    let r: MarkingReading;
    try {
      r = engine.parse(c.text, c.recovered ? { recovered: c.recovered } : {});
    } catch {
      s.errors++;
      s.wrong.push({ id: c.id, fields: ['error'] });
      continue;
    }
    const e = c.expect;
    const fields: string[] = [];
    const count = (ok: boolean, field: keyof FieldScores & string) => {
      if (ok) (s[field] as number)++;
      else fields.push(field);
    };
    count(makerRight(r, e.maker), 'maker');
    count((r.partNumber?.full ?? null) === e.partFull, 'partNumber');
    const d = dateRight(r, e);
    count(d.right, 'date');
    if (e.dateAmbiguous) {
      s.ambiguousInputs++;
      if (d.confidentlyWrong) s.confidentlyWrongOnAmbiguous++;
    }
    count((r.lotCode ?? null) === e.lot, 'lot');
    count((r.countryOfAssembly ?? null) === e.country, 'country');
    const kinds = new Set(r.flags.map((f) => f.kind));
    count(
      e.flags.every((f) => kinds.has(f as never)),
      'flags',
    );
    if (fields.length) s.wrong.push({ id: c.id, fields });
  }
  return s;
}

export function scoreNames(engine: Pick<MarkingEngine, 'resolve' | 'profile'>, cases: NameCase[]) {
  let known = 0;
  let knownRight = 0;
  let invented = 0;
  let inventedNone = 0;
  for (const c of cases) {
    const got = engine.resolve(c.name)?.key ?? null;
    const profile = got ? engine.profile(got) : undefined;
    if (c.expect === null) {
      invented++;
      if (got === null) inventedNone++;
    } else {
      known++;
      if (got === c.expect || profile?.mergedInto?.key === c.expect) knownRight++;
    }
  }
  return { known, knownRight, invented, inventedNone };
}

export const share = (k: number, n: number): number => (n === 0 ? 0 : k / n);
