// The evidence registry's contract: zod schemas from which the request and response types, the
// validation of imports and the OpenAPI description are all derived.
import { z } from 'zod';
import { componentSorts, itemSorts, partySorts } from './list.sort.ts';

export const itemTypes = ['uav', 'loitering_munition', 'missile', 'other'] as const;
export const subsystems = [
  'navigation',
  'propulsion',
  'power',
  'datalink',
  'flight_control',
  'airframe',
  'other',
] as const;
export const precisions = ['time', 'day', 'month', 'year'] as const;
export const observations = ['in_hand', 'partner_photographs', 'open_source_imagery'] as const;
/** Source reliability on the Admiralty (NATO) scale: A completely reliable … F cannot be judged. */
export const reliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const fieldOrigins = ['machine', 'human'] as const;
export const parsedFields = [
  'maker',
  'partNumber',
  'dateCode',
  'lotCode',
  'serial',
  'countryOfAssembly',
] as const;
export const custodyActions = [
  'recovered',
  'handed_over',
  'received',
  'stored',
  'photographed',
  'examined',
  'sampled',
  'released',
] as const;
export const partyRoles = [
  'maker',
  'distributor',
  'exporter',
  'importer',
  'carrier',
  'freight_forwarder',
  'end_user',
  'integrator',
  'other',
] as const;

/** Every field optional and none defaulted: a field left out of a patch keeps its stored value
 * (zod's `.partial()` still fills in a field's default, which would overwrite it). */
type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]>;
};
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape))
    shape[key] = ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional();
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}

const trimmed = z.string().trim();
const text = (max: number) => trimmed.min(1).max(max);
const optionalText = (max: number) => text(max).nullish();

/** A calendar date or a date-time in ISO 8601 form (e.g. `2024-03-07` or `2024-03-07T14:20:00Z`). */
export const isoDateTime = z.string().refine((s) => parseIsoDateTime(s) !== null, {
  message: 'is not a date (use YYYY-MM-DD or an ISO 8601 date-time)',
});

/** A calendar day, YYYY-MM-DD. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a day (use YYYY-MM-DD)')
  .refine((s) => parseIsoDateTime(s) !== null, { message: 'is not a day of the calendar' });

export function parseIsoDateTime(s: string): Date | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  const full = new Date(m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` : s.replace(' ', 'T'));
  return Number.isNaN(full.getTime()) ? null : full;
}

/** A construction tag an analyst records ("foam-fuselage", "serial-stencilled"). */
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^,;\n]+$/, 'a tag holds no comma, semicolon or line break (they separate tags in files)');

/** Who assessed something, on what basis and how sure they are. */
export const Assessment = z.object({
  basis: text(2000),
  confidence: z.enum(['high', 'medium', 'low']),
  by: text(200),
  at: isoDateTime.optional(),
});
export type Assessment = z.infer<typeof Assessment>;

export const CaseInput = z.object({
  title: text(300),
  summary: optionalText(10_000),
  /** A case becomes "published" only through its publication, approved by a second member. */
  status: z.enum(['open', 'closed']).default('open'),
});
export type CaseInput = z.input<typeof CaseInput>;
export const CasePatch = patchOf(CaseInput);

export const Case = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  status: z.string(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Case = z.infer<typeof Case>;

export const RecoveredItemFields = z.object({
  caseId: z.number().int().positive(),
  externalRef: optionalText(200),
  itemType: z.enum(itemTypes),
  designationMarked: optionalText(200),
  designationAssessed: optionalText(200),
  designationAssessment: Assessment.nullish(),
  serialNumber: optionalText(200),
  markings: optionalText(10_000),
  recoveredAt: isoDateTime.nullish(),
  recoveredPrecision: z.enum(precisions).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  placeName: optionalText(300),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'is not an ISO 3166-1 alpha-2 country code')
    .transform((s) => s.toUpperCase())
    .nullish(),
  condition: optionalText(2000),
  source: optionalText(2000),
  observation: z.enum(observations).nullish(),
  sourceReliability: z.enum(reliabilities).nullish(),
  notes: optionalText(20_000),
  /** Construction tags, kept in the order given without repeats; none recorded is null. */
  tags: z.array(Tag).max(50).nullish(),
});

export const RecoveredItemInput = RecoveredItemFields.superRefine((v, ctx) => {
  if ((v.latitude == null) !== (v.longitude == null)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.latitude == null ? 'latitude' : 'longitude'],
      message: 'latitude and longitude go together',
    });
  }
  if (v.recoveredAt) {
    const at = parseIsoDateTime(v.recoveredAt);
    if (at && at.getTime() > Date.now() + 24 * 3600 * 1000) {
      ctx.addIssue({ code: 'custom', path: ['recoveredAt'], message: `"${v.recoveredAt}" is in the future` });
    }
  }
});
export type RecoveredItemInput = z.input<typeof RecoveredItemInput>;
export const RecoveredItemPatch = RecoveredItemFields.omit({ caseId: true }).partial();

export const RecoveredItem = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  externalRef: z.string().nullable(),
  itemType: z.enum(itemTypes),
  designationMarked: z.string().nullable(),
  designationAssessed: z.string().nullable(),
  designationAssessment: Assessment.nullable(),
  serialNumber: z.string().nullable(),
  markings: z.string().nullable(),
  recoveredAt: z.string().nullable(),
  recoveredPrecision: z.enum(precisions).nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  placeName: z.string().nullable(),
  country: z.string().nullable(),
  condition: z.string().nullable(),
  source: z.string().nullable(),
  observation: z.enum(observations).nullable(),
  sourceReliability: z.enum(reliabilities).nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type RecoveredItem = z.infer<typeof RecoveredItem>;

export const FieldOrigin = z.object({
  origin: z.enum(fieldOrigins),
  confidence: z.number().min(0).max(1).nullish(),
});
export type FieldOrigin = z.infer<typeof FieldOrigin>;

export const PhotoRegion = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const ComponentInput = z.object({
  itemId: z.number().int().positive(),
  parentId: z.number().int().positive().nullish(),
  subsystem: z.enum(subsystems),
  position: optionalText(200),
  category: optionalText(200),
  quantity: z.number().int().positive().max(1_000_000).default(1),
  markingRaw: z.string().max(5000).default(''),
  maker: optionalText(300),
  makerOrgId: z.number().int().positive().nullish(),
  partNumber: optionalText(200),
  dateCode: optionalText(50),
  lotCode: optionalText(100),
  serial: optionalText(200),
  countryOfAssembly: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in capitals, e.g. CN')
    .nullish(),
  /** The catalog part; filled from the marking's reading when not given. */
  partId: z.number().int().positive().nullish(),
  /** Per parsed field: machine-read or human-entered, with a confidence. Fields given without an
   * origin are taken as human-entered. */
  fieldOrigins: z.partialRecord(z.enum(parsedFields), FieldOrigin).nullish(),
  evidenceFileId: z.number().int().positive().nullish(),
  photoRegion: PhotoRegion.nullish(),
  notes: optionalText(20_000),
});
export type ComponentInput = z.input<typeof ComponentInput>;
export const ComponentPatch = patchOf(ComponentInput.omit({ itemId: true }));

export const Component = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  itemId: z.number().int(),
  parentId: z.number().int().nullable(),
  subsystem: z.enum(subsystems),
  position: z.string().nullable(),
  category: z.string().nullable(),
  quantity: z.number().int(),
  markingRaw: z.string(),
  maker: z.string().nullable(),
  makerOrgId: z.number().int().nullable(),
  partNumber: z.string().nullable(),
  dateCode: z.string().nullable(),
  lotCode: z.string().nullable(),
  serial: z.string().nullable(),
  countryOfAssembly: z.string().nullable(),
  partId: z.number().int().nullable(),
  /** The first and last day the date code can mean, over every year still possible. */
  dateEarliest: z.string().nullable(),
  dateLatest: z.string().nullable(),
  /** More than one decade remains possible: the date code names no single year. */
  dateAmbiguous: z.boolean(),
  /** What the machine's reading of the marking found worth a look (a logo and part-number prefix of
   * different makers, a generic part, a clone family, an ambiguous date). */
  markingFlags: z.array(
    z.object({ kind: z.string(), message: z.string(), makers: z.array(z.string()).optional() }),
  ),
  markingConfidence: z.number().nullable(),
  fieldOrigins: z.partialRecord(z.enum(parsedFields), FieldOrigin),
  evidenceFileId: z.number().int().nullable(),
  photoRegion: PhotoRegion.nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Component = z.infer<typeof Component>;

export const EvidenceFile = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  itemId: z.number().int().nullable(),
  componentId: z.number().int().nullable(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  originalName: z.string(),
  capturedAt: z.string().nullable(),
  gpsLatitude: z.number().nullable(),
  gpsLongitude: z.number().nullable(),
  exif: z.record(z.string(), z.unknown()).nullable(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const EvidenceFilePatch = z.object({
  itemId: z.number().int().positive().nullish(),
  componentId: z.number().int().positive().nullish(),
  description: optionalText(5000),
});

export const CustodyEventInput = z.object({
  caseId: z.number().int().positive(),
  itemId: z.number().int().positive().nullish(),
  evidenceFileId: z.number().int().positive().nullish(),
  occurredAt: isoDateTime,
  action: z.enum(custodyActions),
  fromParty: optionalText(300),
  toParty: optionalText(300),
  place: optionalText(300),
  notes: optionalText(10_000),
});
export type CustodyEventInput = z.input<typeof CustodyEventInput>;
export const CustodyEventPatch = CustodyEventInput.omit({ caseId: true }).partial();

export const CustodyEvent = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  itemId: z.number().int().nullable(),
  evidenceFileId: z.number().int().nullable(),
  occurredAt: z.string(),
  action: z.enum(custodyActions),
  fromParty: z.string().nullable(),
  toParty: z.string().nullable(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;

export const Identifier = z.object({
  scheme: z.string().trim().min(1).max(50).describe('registration, tax, lei, opensanctions, duns, …'),
  value: z.string().trim().min(1).max(200),
  country: z.string().length(2).nullish(),
});
export const Address = z.object({
  full: z.string().trim().min(1).max(1000),
  country: z.string().length(2).nullish(),
});

const partyFields = {
  name: text(500),
  aliases: z.array(text(500)).max(500).default([]),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'is not an ISO 3166-1 alpha-2 country code')).default([]),
  identifiers: z.array(Identifier).default([]),
  addresses: z.array(Address).default([]),
  roles: z.array(z.enum(partyRoles)).default([]),
  notes: optionalText(20_000),
};

export const OrganizationInput = z.object({
  ...partyFields,
  formerNames: z.array(text(500)).default([]),
  parentId: z.number().int().positive().nullish(),
});
export type OrganizationInput = z.input<typeof OrganizationInput>;
export const OrganizationPatch = patchOf(OrganizationInput);
export const PersonInput = z.object({ ...partyFields, birthDate: isoDateTime.nullish() });
export type PersonInput = z.input<typeof PersonInput>;
export const PersonPatch = patchOf(PersonInput);

const partyOut = {
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  countries: z.array(z.string()),
  identifiers: z.array(Identifier),
  addresses: z.array(Address),
  roles: z.array(z.enum(partyRoles)),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
};
export const Organization = z.object({
  ...partyOut,
  formerNames: z.array(z.string()),
  parentId: z.number().int().nullable(),
});
export type Organization = z.infer<typeof Organization>;
export const Person = z.object({ ...partyOut, birthDate: z.string().nullable() });
export type Person = z.infer<typeof Person>;

/** Paging and filters shared by every list. */
export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  includeDeleted: z.stringbool().default(false),
});

const order = z.enum(['asc', 'desc']).optional();
/** `estimate` counts at most 10,000 rows past the page (then `totalExact` is false): paging a million
 * rows need not count them all each time. */
const count = z.enum(['exact', 'estimate']).default('exact');

export const ItemFilter = Page.extend({
  sort: z.enum(itemSorts).default('id'),
  order,
  count,
  caseId: z.coerce.number().int().positive().optional(),
  itemType: z.enum(itemTypes).optional(),
  designation: z.string().optional(),
  country: z.string().optional(),
  recoveredFrom: isoDateTime.optional(),
  recoveredTo: isoDateTime.optional(),
  q: z.string().max(200).optional(),
});
/** Sort and count have defaults over HTTP; callers in code may leave them out. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type ItemFilter = Defaulted<z.infer<typeof ItemFilter>, 'sort' | 'count'>;

/** Filters of the map of recoveries. `designation` matches the marked or the assessed designation,
 * ignoring case. */
export const MapFilter = z.object({
  caseId: z.coerce.number().int().positive().optional(),
  itemType: z.enum(itemTypes).optional(),
  designation: z.string().trim().min(1).max(200).optional(),
  recoveredFrom: isoDateTime.optional(),
  recoveredTo: isoDateTime.optional(),
});
export type MapFilter = z.infer<typeof MapFilter>;

/** Map points as columns (one array per field, index i is one item): 100,000 points stay compact. */
export const MapPoints = z.object({
  count: z.number().int(),
  id: z.array(z.number().int()),
  caseId: z.array(z.number().int()),
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  /** The assessed designation, else the marked one. */
  designation: z.array(z.string().nullable()),
  itemType: z.array(z.string()),
  recoveredAt: z.array(z.string().nullable()),
  /** True where the place is the centre of a grid cell and the date a month (a published case). */
  coarse: z.array(z.boolean()),
  /** Designations of the points before the designation filter, with counts, for its choices. */
  designations: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
export type MapPoints = z.infer<typeof MapPoints>;

export const ComponentFilter = Page.extend({
  sort: z.enum(componentSorts).default('id'),
  order,
  count,
  category: z.string().optional(),
  dateCode: z.string().optional(),
  caseId: z.coerce.number().int().positive().optional(),
  itemId: z.coerce.number().int().positive().optional(),
  parentId: z.coerce.number().int().positive().optional(),
  subsystem: z.enum(subsystems).optional(),
  partNumber: z.string().optional(),
  maker: z.string().optional(),
  makerOrgId: z.coerce.number().int().positive().optional(),
  partId: z.coerce.number().int().positive().optional(),
  /** A tier of the Common High Priority List (by the HS-6 code of the component's catalog part). */
  chplTier: z.enum(['1', '2', '3', '3.A', '3.B', '4', '4.A', '4.B']).optional(),
  /** Components whose date code's range meets [dateFrom, dateTo] (days, YYYY-MM-DD). */
  dateFrom: isoDay.optional(),
  dateTo: isoDay.optional(),
  lotCode: z.string().max(100).optional(),
  q: z.string().max(200).optional(),
});
export type ComponentFilter = Defaulted<z.infer<typeof ComponentFilter>, 'sort' | 'count'>;

export const PartyFilter = Page.extend({
  sort: z.enum(partySorts).default('name'),
  order,
  q: z.string().max(200).optional(),
  role: z.enum(partyRoles).optional(),
});
export type PartyFilter = Defaulted<z.infer<typeof PartyFilter>, 'sort'>;

export const SearchHit = z.object({
  type: z.enum(['item', 'component', 'organization', 'person']),
  id: z.number().int(),
  caseId: z.number().int().nullable(),
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    rows: z.array(item),
  });
}
