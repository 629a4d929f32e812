// The shipped maker reference data (data/*.json, real and cited), read once and checked against the
// contract: a bad entry fails loudly with its file, maker and field instead of misreading markings.
// Also checked across files: unique keys, acquisitions, clone and generic families pointing at makers
// that exist, every cited source listed, and base patterns that compile and cannot backtrack badly.
import { z } from 'zod';
import clones from './data/clones.json' with { type: 'json' };
import generics from './data/generics.json' with { type: 'json' };
import ics from './data/makers.ics.json' with { type: 'json' };
import other from './data/makers.other.json' with { type: 'json' };
import type { CloneFamily, GenericFamily, MakerProfile, MakerSource } from './markings.types.ts';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9 .+&/-]*$/, 'upper-case letters and digits');
// A group that repeats and holds a repetition can take exponential time on a long code: refused.
const NESTED_REPEAT = /\([^)]*[+*}][^)]*\)\s*[+*{]/;
const pattern = z
  .string()
  .refine((p) => !NESTED_REPEAT.test(p), 'nested repetition (can backtrack catastrophically)')
  .refine((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  }, 'not a regular expression');

const Prefix = z.strictObject({
  prefix: code,
  since: z.number().int().min(1950).max(2100).optional(),
  base: z
    .union([z.strictObject({ length: z.number().int().min(2) }), z.strictObject({ pattern })])
    .optional(),
});
const Scheme = z.enum(['YYWW', 'WWYY', 'YWW', 'YYMM', 'YM', 'LETTER_YM']);
const Maker = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  aliases: z.array(z.string().min(1)).default([]),
  abbreviations: z.array(z.string().min(1)).default([]),
  formerNames: z
    .array(z.strictObject({ name: z.string().min(1), until: z.number().int().optional() }))
    .default([]),
  logos: z.array(z.string().min(1)).default([]),
  prefixes: z.array(Prefix).default([]),
  dateSchemes: z.array(Scheme).default([]),
  mergedInto: z.strictObject({ key: z.string(), year: z.number().int() }).optional(),
  categories: z.array(z.string()).default([]),
  sources: z.array(z.string()).min(1),
});
const MakersFile = z.object({
  version: z.string(),
  note: z.string(),
  sources: z.record(z.string(), z.object({ title: z.string(), url: z.url() })),
  makers: z.array(z.unknown()),
});
const Generic = z.strictObject({
  pattern: code,
  description: z.string(),
  makers: z.array(z.string()).min(2),
  sources: z.array(z.string()).min(1),
});
const Clone = z.strictObject({
  originalKey: z.string(),
  originalPrefix: code,
  cloneKey: z.string(),
  clonePrefix: code,
  note: z.string(),
  sources: z.array(z.string()).min(1),
});

export interface MarkingsData {
  version: string;
  makers: MakerProfile[];
  sources: Record<string, MakerSource>;
  generics: GenericFamily[];
  clones: CloneFamily[];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`${where}, field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Validates and merges the given files (the shipped ones by default). */
export function loadMarkingsData(
  files: Record<string, unknown> = { 'makers.ics.json': ics, 'makers.other.json': other },
  families: { generics: unknown; clones: unknown } = { generics, clones },
): MarkingsData {
  const makers: MakerProfile[] = [];
  const sources: Record<string, MakerSource> = {};
  const keys = new Map<string, string>();
  let version = '';
  for (const [file, raw] of Object.entries(files)) {
    const f = parse(MakersFile, raw, file);
    version ||= f.version;
    Object.assign(sources, f.sources);
    for (const [i, m] of f.makers.entries()) {
      const key = (m as { key?: unknown })?.key;
      const maker = parse(Maker, m, `${file}: maker ${typeof key === 'string' ? `"${key}"` : `#${i + 1}`}`);
      const seen = keys.get(maker.key);
      if (seen) throw new Error(`${file}: maker "${maker.key}", field key: already defined in ${seen}`);
      keys.set(maker.key, file);
      makers.push(maker);
    }
  }
  for (const m of makers) {
    const file = keys.get(m.key);
    if (m.mergedInto && !keys.has(m.mergedInto.key))
      throw new Error(`${file}: maker "${m.key}", field mergedInto.key: "${m.mergedInto.key}" is no maker`);
    for (const s of m.sources)
      if (!sources[s]) throw new Error(`${file}: maker "${m.key}", field sources: "${s}" is not listed`);
  }
  const gs = parse(z.array(Generic), families.generics, 'generics.json');
  for (const g of gs) {
    for (const k of g.makers)
      if (!keys.has(k))
        throw new Error(`generics.json: family "${g.pattern}", field makers: "${k}" is no maker`);
    for (const s of g.sources)
      if (!sources[s])
        throw new Error(`generics.json: family "${g.pattern}", field sources: "${s}" is not listed`);
  }
  const cs = parse(z.array(Clone), families.clones, 'clones.json');
  for (const c of cs) {
    for (const field of ['originalKey', 'cloneKey'] as const)
      if (!keys.has(c[field]))
        throw new Error(`clones.json: family "${c.clonePrefix}", field ${field}: "${c[field]}" is no maker`);
    for (const s of c.sources)
      if (!sources[s])
        throw new Error(`clones.json: family "${c.clonePrefix}", field sources: "${s}" is not listed`);
  }
  return { version, makers, sources, generics: gs, clones: cs };
}
