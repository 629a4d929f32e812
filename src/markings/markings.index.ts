// The maker index the parser and resolver query: logo words, part-number prefixes (longest first, by
// their first two letters), folded names, generic and clone families. Built once; every query is a
// few map look-ups, never a scan over all makers.
import { foldLookalikes } from '../text/index.ts';
import { nameKey } from './markings.names.ts';
import type { CloneFamily, GenericFamily, MakerProfile, PrefixRule } from './markings.types.ts';

export interface PrefixEntry {
  prefix: string;
  rule: PrefixRule;
  maker: MakerProfile;
}

export interface MakerIndex {
  byKey: Map<string, MakerProfile>;
  logos: Map<string, MakerProfile[]>;
  /** First two characters of a prefix → entries, longest prefix first. */
  prefixes: Map<string, PrefixEntry[]>;
  names: Map<string, { maker: MakerProfile; via: 'name' | 'alias' | 'abbreviation' | 'former-name' }>;
  /** First name token → folded names that start with it, for abbreviated and truncated names. */
  nameTokens: Map<string, { key: string; maker: MakerProfile }[]>;
  generics: GenericFamily[];
  clonesOf: Map<string, CloneFamily[]>;
}

export const upper = (s: string): string => foldLookalikes(s).toUpperCase();

export function buildMakerIndex(
  profiles: readonly MakerProfile[],
  generics: readonly GenericFamily[],
  clones: readonly CloneFamily[],
): MakerIndex {
  const index: MakerIndex = {
    byKey: new Map(profiles.map((p) => [p.key, p])),
    logos: new Map(),
    prefixes: new Map(),
    names: new Map(),
    nameTokens: new Map(),
    generics: [...generics].sort((a, b) => b.pattern.length - a.pattern.length),
    clonesOf: new Map(),
  };
  for (const m of profiles) {
    for (const logo of m.logos) {
      const k = upper(logo);
      index.logos.set(k, [...(index.logos.get(k) ?? []), m]);
    }
    for (const rule of m.prefixes) {
      const prefix = upper(rule.prefix);
      if (prefix.length < 2) continue;
      const head = prefix.slice(0, 2);
      index.prefixes.set(head, [...(index.prefixes.get(head) ?? []), { prefix, rule, maker: m }]);
    }
    const add = (name: string, via: 'name' | 'alias' | 'abbreviation' | 'former-name') => {
      const k = nameKey(name);
      if (!k || index.names.has(k)) return;
      index.names.set(k, { maker: m, via });
      const first = k.split(' ')[0];
      index.nameTokens.set(first, [...(index.nameTokens.get(first) ?? []), { key: k, maker: m }]);
    };
    add(m.name, 'name');
    for (const a of m.aliases) add(a, 'alias');
    for (const a of m.abbreviations) add(a, 'abbreviation');
    for (const f of m.formerNames) add(f.name, 'former-name');
  }
  for (const list of index.prefixes.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
  for (const c of clones) {
    for (const p of [c.clonePrefix, c.originalPrefix]) {
      const k = upper(p);
      index.clonesOf.set(k, [...(index.clonesOf.get(k) ?? []), c]);
    }
  }
  return index;
}

/** The longest maker prefix the token starts with. */
export function prefixOf(index: MakerIndex, token: string): PrefixEntry | null {
  for (const e of index.prefixes.get(token.slice(0, 2)) ?? []) if (token.startsWith(e.prefix)) return e;
  return null;
}
