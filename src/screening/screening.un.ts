// The UN Security Council consolidated list (XML) read into watch-list entries: individuals and
// entities with their DATAID, names (the parts of a person's name in order, the name in its original
// script, every alias with its quality), list types, nationalities, documents, birth dates and
// addresses. Pure: it takes the file's text and throws `UnFormatError` naming the file and the record.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { countryCode } from './screening.countries.ts';
import type { EntryAddress, EntryName, WatchlistEntry } from './screening.types.ts';

export class UnFormatError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    message: string,
  ) {
    super(`${file}, ${where}: ${message}`);
    this.name = 'UnFormatError';
  }
}

type Node = Record<string, unknown>;

const LISTS = new Set([
  'VALUE',
  'INDIVIDUAL',
  'ENTITY',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
  'NATIONALITY',
  'DESIGNATION',
  'TITLE',
]);

const all = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v == null ? [] : [v as Node]);
const text = (v: unknown): string | null => {
  if (v == null || typeof v === 'object') return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};
const values = (v: unknown): string[] =>
  all(v).flatMap((n) =>
    all((n as Node).VALUE)
      .map(text)
      .filter((s): s is string => !!s),
  );

/** "Good" and "a.k.a." aliases are names the entry goes by; "Low" quality ones are weak. */
const aliasKind = (quality: string | null): EntryName['kind'] =>
  quality && /low/i.test(quality) ? 'weak' : quality && /f\.k\.a/i.test(quality) ? 'fka' : 'aka';

export function parseUn(file: { name: string; text: string }): {
  generated: string | null;
  entries: WatchlistEntry[];
} {
  const valid = XMLValidator.validate(file.text);
  if (valid !== true)
    throw new UnFormatError(
      file.name,
      `line ${valid.err.line}, column ${valid.err.col}`,
      `is not XML: ${valid.err.msg}`,
    );
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => LISTS.has(name),
  }).parse(file.text) as Node;
  const root = doc.CONSOLIDATED_LIST as Node | undefined;
  if (!root)
    throw new UnFormatError(
      file.name,
      'root',
      'has no CONSOLIDATED_LIST element: not the UN consolidated list',
    );
  const entries: WatchlistEntry[] = [];
  const seen = new Set<string>();
  const records = [
    ...all((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL).map((n) => ['Person', n] as const),
    ...all((root.ENTITIES as Node | undefined)?.ENTITY).map((n) => ['Organization', n] as const),
  ];
  for (const [i, [schema, n]] of records.entries()) {
    const entryId = text(n.DATAID);
    const where = `${schema === 'Person' ? 'INDIVIDUAL' : 'ENTITY'} ${entryId ?? `number ${i + 1}`}`;
    if (!entryId || !/^\d+$/.test(entryId)) throw new UnFormatError(file.name, where, 'has no DATAID');
    if (seen.has(entryId)) throw new UnFormatError(file.name, where, 'is listed twice');
    seen.add(entryId);
    const name = [n.FIRST_NAME, n.SECOND_NAME, n.THIRD_NAME, n.FOURTH_NAME]
      .map(text)
      .filter(Boolean)
      .join(' ');
    if (!name) throw new UnFormatError(file.name, where, 'has no FIRST_NAME');
    const entry: WatchlistEntry = {
      entryId,
      schema,
      names: [{ name, kind: 'primary' }],
      programs: [text(n.UN_LIST_TYPE)].filter((s): s is string => !!s),
      countries: [],
      identifiers: [],
      birthDates: [],
      addresses: [],
      remarks: [],
    };
    const addName = (s: string | null, kind: EntryName['kind']) => {
      const clean = s?.replace(/\s+/g, ' ').trim();
      if (clean && !entry.names.some((x) => x.name === clean)) entry.names.push({ name: clean, kind });
    };
    const addCountry = (s: string | null) => {
      const code = countryCode(s);
      if (code && !entry.countries.includes(code)) entry.countries.push(code);
      return code;
    };
    addName(text(n.NAME_ORIGINAL_SCRIPT), 'aka');
    for (const a of [...all(n.INDIVIDUAL_ALIAS), ...all(n.ENTITY_ALIAS)])
      addName(text(a.ALIAS_NAME), aliasKind(text(a.QUALITY)));
    for (const c of values(n.NATIONALITY)) addCountry(c);
    for (const a of [...all(n.INDIVIDUAL_ADDRESS), ...all(n.ENTITY_ADDRESS)]) {
      const address: EntryAddress = {
        address: text(a.STREET),
        city: [text(a.CITY), text(a.STATE_PROVINCE), text(a.ZIP_CODE)].filter(Boolean).join(', ') || null,
        country: addCountry(text(a.COUNTRY)),
      };
      if (address.address || address.city || address.country) entry.addresses.push(address);
    }
    for (const d of all(n.INDIVIDUAL_DATE_OF_BIRTH)) {
      const date = text(d.DATE) ?? text(d.YEAR);
      const from = text(d.FROM_YEAR);
      const to = text(d.TO_YEAR);
      if (date) entry.birthDates.push(date);
      else if (from && to) entry.birthDates.push(`${from} to ${to}`);
    }
    for (const d of all(n.INDIVIDUAL_DOCUMENT)) {
      const value = text(d.NUMBER);
      if (!value) continue;
      entry.identifiers.push({
        type: text(d.TYPE_OF_DOCUMENT) ?? 'Document',
        value,
        country: countryCode(text(d.ISSUING_COUNTRY) ?? text(d.COUNTRY_OF_ISSUE)),
      });
    }
    const comments = text(n.COMMENTS1);
    if (comments) entry.remarks.push(comments);
    entries.push(entry);
  }
  return { generated: text(root['@dateGenerated']), entries };
}
