// OpenSanctions' FollowTheMoney entities as JSON Lines (one `{id, schema, properties}` a line) read into
// watch-list entries: Person, Company, Organization and LegalEntity with their names, aliases, previous
// and weak names, countries, identifiers and birth dates. Other schemas (addresses, sanctions, links)
// are skipped and counted. Pure: it throws `FtmFormatError` naming file, line and field.
import type { EntryIdentifier, EntryName, EntrySchema, WatchlistEntry } from './screening.types.ts';

export class FtmFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string | null,
    message: string,
  ) {
    super(`${file}, line ${line}${field ? `, field ${field}` : ''}: ${message}`);
    this.name = 'FtmFormatError';
  }
}

const SCHEMAS: Record<string, EntrySchema> = {
  Person: 'Person',
  Company: 'Organization',
  Organization: 'Organization',
  LegalEntity: 'Organization',
  PublicBody: 'Organization',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

const NAMES: [string, EntryName['kind']][] = [
  ['alias', 'aka'],
  ['previousName', 'fka'],
  ['weakAlias', 'weak'],
];
const COUNTRIES = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry'];
const IDENTIFIERS: [string, string][] = [
  ['registrationNumber', 'Registration Number'],
  ['taxNumber', 'Tax Number'],
  ['innCode', 'INN'],
  ['ogrnCode', 'OGRN'],
  ['kppCode', 'KPP'],
  ['okpoCode', 'OKPO'],
  ['leiCode', 'LEI'],
  ['swiftBic', 'SWIFT/BIC'],
  ['imoNumber', 'IMO'],
  ['idNumber', 'National ID'],
  ['passportNumber', 'Passport'],
  ['vatCode', 'VAT'],
  ['dunsCode', 'D-U-N-S'],
];

export interface FtmRead {
  entries: WatchlistEntry[];
  /** Lines of other schemas, by schema. */
  skipped: Record<string, number>;
}

export function parseFtm(file: { name: string; text: string }): FtmRead {
  const entries: WatchlistEntry[] = [];
  const seen = new Set<string>();
  const skipped: Record<string, number> = {};
  const lines = file.text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const at = i + 1;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new FtmFormatError(file.name, at, null, `is not JSON: ${(e as Error).message}`);
    }
    if (!o || typeof o !== 'object' || Array.isArray(o))
      throw new FtmFormatError(file.name, at, null, 'is not an entity object');
    const { id, schema, properties } = o as { id?: unknown; schema?: unknown; properties?: unknown };
    if (typeof id !== 'string' || id === '') throw new FtmFormatError(file.name, at, 'id', 'is missing');
    if (typeof schema !== 'string') throw new FtmFormatError(file.name, at, 'schema', 'is missing');
    const kind = SCHEMAS[schema];
    if (!kind) {
      skipped[schema] = (skipped[schema] ?? 0) + 1;
      continue;
    }
    if (!properties || typeof properties !== 'object' || Array.isArray(properties))
      throw new FtmFormatError(file.name, at, 'properties', 'is not an object of value lists');
    const props = properties as Record<string, unknown>;
    const list = (key: string): string[] => {
      const v = props[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw new FtmFormatError(file.name, at, `properties.${key}`, 'is not a list of strings');
      return (v as string[]).map((s) => s.trim()).filter(Boolean);
    };
    const [primary, ...more] = list('name');
    if (!primary) throw new FtmFormatError(file.name, at, 'properties.name', 'is empty');
    if (seen.has(id)) throw new FtmFormatError(file.name, at, 'id', `${id} is listed twice`);
    seen.add(id);
    const names: EntryName[] = [{ name: primary, kind: 'primary' }];
    const add = (name: string, k: EntryName['kind']) => {
      if (!names.some((n) => n.name === name)) names.push({ name, kind: k });
    };
    for (const n of more) add(n, 'aka');
    for (const [key, k] of NAMES) for (const n of list(key)) add(n, k);
    const countries = [
      ...new Set(
        COUNTRIES.flatMap(list)
          .map((c) => c.toUpperCase())
          .filter((c) => /^[A-Z]{2}$/.test(c)),
      ),
    ];
    const identifiers: EntryIdentifier[] = IDENTIFIERS.flatMap(([key, type]) =>
      list(key).map((value) => ({ type, value, country: null })),
    );
    entries.push({
      entryId: id,
      schema: kind,
      names,
      programs: list('program'),
      countries,
      identifiers,
      birthDates: list('birthDate'),
      addresses: list('address').map((address) => ({ address, city: null, country: null })),
      remarks: list('notes'),
    });
  }
  return { entries, skipped };
}
