// The markings module inside the product: parses for the API with each maker tied to its organization,
// writes the machine's reading into components (leaving what a person entered), links each component
// to its catalog part, and keeps its maker index in step with the maker organizations.

import type { BulkRecorder } from '../audit/index.ts';
import { assertSignedIn } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { lockAuditChain } from '../db/index.ts';
import {
  type AuditedWriter,
  type ComponentValues,
  type MarkingReader,
  OrganizationInput,
  organizationValues,
  parseInput,
  type Trx,
} from '../evidence/index.ts';
import { extendSearchText, searchText } from '../text/index.ts';
import { createEngine, type MarkingEngine, referenceData } from './markings.engine.ts';
import { partCategory, partNumberOf } from './markings.part.ts';
import { MarkingsRepository } from './markings.repository.ts';
import type { MakerProfile, MarkingReading } from './markings.types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

interface Current {
  stamp: string;
  engine: MarkingEngine;
  /** Reference key or demo key of a maker → its organization. */
  orgOf: Map<string, number>;
  /** What this engine said of a maker name and of a part number, kept (imports repeat them). */
  names: Map<string, string | null>;
  bases: Map<string, string | null>;
}

/** Entries kept per cache before it starts again. */
const KEPT = 50_000;
function kept<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  const had = cache.get(key);
  if (had !== undefined || cache.has(key)) return had as V;
  if (cache.size >= KEPT) cache.clear();
  const v = compute();
  cache.set(key, v);
  return v;
}

type Origins = Record<string, { origin: 'machine' | 'human'; confidence?: number | null }>;

export class MarkingsService implements MarkingReader {
  private current: Current | undefined;

  constructor(
    private readonly w: AuditedWriter,
    private readonly repo = new MarkingsRepository(),
  ) {}

  /** The engine over the shipped makers and the maker organizations now stored. */
  async engine(db: Trx = this.w.db.kysely): Promise<Current> {
    const stamp = await this.repo.makersStamp(db);
    if (this.current?.stamp === stamp) return this.current;
    const rows = await this.repo.makers(db);
    const orgOf = new Map<string, number>();
    const extra: MakerProfile[] = [];
    const shipped = new Map(referenceData().makers.map((m) => [m.key, m]));
    for (const r of rows) {
      if (r.reference_key) orgOf.set(r.reference_key, r.id);
      const ref = r.reference_key ? shipped.get(r.reference_key) : undefined;
      if (ref && !r.marking_profile) {
        // Names a person tied to a shipped maker (a resolved review entry) read as that maker too.
        const known = new Set([...ref.aliases, ...ref.abbreviations, ...ref.logos, ref.name]);
        const added = (JSON.parse(r.aliases) as string[]).filter((a) => !known.has(a));
        if (added.length > 0) extra.push({ ...ref, aliases: [...ref.aliases, ...added] });
      } else if (!r.reference_key && !r.marking_profile) {
        // An organization with the maker role: known by its name, aliases and former names.
        const key = `org-${r.id}`;
        orgOf.set(key, r.id);
        extra.push({
          key,
          name: r.name,
          country: (JSON.parse(r.countries) as string[])[0] ?? '',
          aliases: JSON.parse(r.aliases),
          abbreviations: [],
          formerNames: (JSON.parse(r.former_names) as string[]).map((name) => ({ name })),
          logos: [],
          prefixes: [],
          dateSchemes: ['YYWW'],
          categories: [],
          sources: [],
        });
      } else if (r.marking_profile) {
        const p = JSON.parse(r.marking_profile) as Partial<MakerProfile>;
        const key = r.reference_key ?? `org-${r.id}`;
        orgOf.set(key, r.id);
        extra.push({
          key,
          name: r.name,
          country: (JSON.parse(r.countries) as string[])[0] ?? '',
          aliases: JSON.parse(r.aliases),
          abbreviations: p.abbreviations ?? [],
          formerNames: (JSON.parse(r.former_names) as string[]).map((name) => ({ name })),
          logos: p.logos ?? [],
          prefixes: p.prefixes ?? [],
          dateSchemes: p.dateSchemes ?? ['YYWW'],
          categories: p.categories ?? [],
          sources: [],
        });
      }
    }
    this.current = { stamp, engine: createEngine(extra), orgOf, names: new Map(), bases: new Map() };
    return this.current;
  }

  /** Stores every shipped reference maker not yet stored as an organization (one audit entry for the
   * batch) and links acquired makers to the maker they became part of. Idempotent. */
  async seedReference(actor: Actor): Promise<{ added: number }> {
    const { makers, sources } = referenceData();
    return this.w.transaction(async (trx) => {
      // Two servers starting on one database seed at once: the second waits, then finds them stored.
      await lockAuditChain(trx, this.w.db.dialect);
      const stored = await this.repo.referenceKeys(trx);
      const fresh = makers.filter((m) => !stored.has(m.key));
      const row = (m: MakerProfile) => ({
        ...organizationValues(
          parseInput(OrganizationInput, {
            name: m.name,
            aliases: [...new Set([...m.aliases, ...m.abbreviations, ...m.logos])].slice(0, 500),
            countries: m.country ? [m.country] : [],
            roles: ['maker'],
            formerNames: m.formerNames.map((f) => f.name),
            notes: `Maker reference data shipped with Teardown. Sources: ${m.sources
              .map((k) => sources[k]?.url)
              .filter(Boolean)
              .join(' ; ')}`.slice(0, 20_000),
          }),
        ),
        reference_key: m.key,
        // An acquired maker points at the maker it became part of, stored in an earlier round.
        parent_id: m.mergedInto ? (stored.get(m.mergedInto.key) ?? null) : null,
      });
      // Rounds: first the makers that became part of none (or of one stored), then those whose
      // parent the round before stored; one audit entry for all of them.
      const bulk = this.w.audit.bulk(trx, actor, 'organization');
      let left = fresh;
      while (left.length > 0) {
        const ready = left.filter(
          (m) =>
            !m.mergedInto || stored.has(m.mergedInto.key) || !left.some((o) => o.key === m.mergedInto?.key),
        );
        if (ready.length === 0) break; // a cycle in the data (the data check refuses it)
        const rows = await this.w.createMany(trx, bulk, 'organization', ready.map(row));
        for (const [i, r] of rows.entries()) stored.set(ready[i].key, r.id);
        left = left.filter((m) => !ready.includes(m));
      }
      await bulk.finish('import', { reason: 'maker reference data', makers: bulk.rows });
      return { added: fresh.length };
    });
  }

  async parse(actor: Actor, text: string, recovered?: string) {
    assertSignedIn(actor);
    const { engine, orgOf } = await this.engine();
    return withOrganization(engine.parse(text, recovered ? { recovered } : {}), orgOf);
  }

  async read(trx: Trx, actor: Actor, rows: ComponentValues[], parts?: BulkRecorder): Promise<void> {
    if (rows.length === 0) return;
    const current = await this.engine(trx);
    const { engine, orgOf } = current;
    const recovered = await this.repo.recoveryDates(trx, [...new Set(rows.map((r) => r.item_id))]);
    const bases = new Map<ComponentValues, string | null>();
    for (const row of rows) {
      const origins: Origins = row.field_origins ? JSON.parse(row.field_origins) : {};
      const human = (f: string) => origins[f]?.origin === 'human';
      let reading: MarkingReading | null = null;
      if (row.marking_raw.trim() !== '') {
        const at = recovered.get(row.item_id);
        try {
          reading = engine.parse(row.marking_raw, at && DAY.test(at) ? { recovered: at.slice(0, 10) } : {});
        } catch {
          reading = null; // text that is no marking (binary, too long) is kept as typed, unread
        }
      }
      const set = (
        field: string,
        column: keyof ComponentValues,
        value: string | null,
        confidence: number,
      ) => {
        if (human(field)) {
          // A value given without a machine origin that equals the machine's own reading (an export
          // imported again, a person agreeing with the reading) is the machine's reading.
          if (value === null || row[column] !== value) return;
        }
        (row as Record<string, unknown>)[column] = value;
        if (value === null) delete origins[field];
        else origins[field] = { origin: 'machine', confidence: Math.round(confidence * 100) / 100 };
      };
      const r = reading;
      set('maker', 'maker', r?.manufacturer?.name ?? null, r?.fieldConfidence.manufacturer ?? 0);
      set('partNumber', 'part_number', r?.partNumber?.full ?? null, r?.fieldConfidence.partNumber ?? 0);
      set('dateCode', 'date_code', r?.dateCode?.raw ?? null, r?.fieldConfidence.dateCode ?? 0);
      set('lotCode', 'lot_code', r?.lotCode ?? null, r?.fieldConfidence.lotCode ?? 0);
      set(
        'countryOfAssembly',
        'country_of_assembly',
        r?.countryOfAssembly ?? null,
        r?.fieldConfidence.countryOfAssembly ?? 0,
      );
      if (row.maker_org_id === null && row.maker) {
        const name = row.maker;
        const key = human('maker')
          ? kept(current.names, name, () => engine.resolve(name)?.key ?? null)
          : r?.manufacturer?.key;
        row.maker_org_id = (key && orgOf.get(key)) || null;
      }
      const date =
        r?.dateCode && r.dateCode.raw === row.date_code
          ? r.dateCode
          : row.date_code
            ? typedDate(engine, row.part_number, row.date_code, recovered.get(row.item_id))
            : null;
      row.date_earliest = date?.earliest ?? null;
      row.date_latest = date?.latest ?? null;
      row.date_ambiguous = date ? (date.ambiguous ? 1 : 0) : null;
      row.marking_flags = r?.flags.length ? JSON.stringify(r.flags) : null;
      row.marking_confidence = r ? Math.round(r.confidence * 100) / 100 : null;
      row.field_origins = Object.keys(origins).length ? JSON.stringify(origins) : null;
      row.search_text = extendSearchText(
        row.search_text,
        row.maker,
        row.part_number,
        row.country_of_assembly,
      );
      const number = row.part_number;
      if (number)
        bases.set(
          row,
          r?.partNumber?.full === number
            ? r.partNumber.base
            : kept(current.bases, number, () => baseOf(engine, number)),
        );
    }
    await this.linkParts(trx, actor, rows, bases, parts);
  }

  /** Each component with a part number gets its catalog part, found or created (audited). */
  private async linkParts(
    trx: Trx,
    actor: Actor,
    rows: ComponentValues[],
    bases: Map<ComponentValues, string | null>,
    shared?: BulkRecorder,
  ) {
    const wanted = rows.filter((r) => r.part_id === null && r.part_number);
    if (wanted.length === 0) return;
    const identity = (maker: number | null, number: string) => `${maker ?? ''}\u0000${number}`;
    const numberOf = (r: ComponentValues) => partNumberOf(r.part_number as string, bases.get(r) ?? null);
    const numbers = [...new Set(wanted.map(numberOf))];
    const known = new Map<string, number>();
    const lookUp = async () => {
      for (const p of await this.repo.partsByNumber(trx, numbers))
        known.set(identity(p.maker_org_id, p.number), p.id);
    };
    const missing = () => {
      const fresh = new Map<string, Record<string, unknown>>();
      for (const r of wanted) {
        const id = identity(r.maker_org_id, numberOf(r));
        if (known.has(id) || fresh.has(id)) continue;
        fresh.set(id, partRow(r.maker_org_id, numberOf(r), bases.get(r) ?? null, r.category));
      }
      return fresh;
    };
    await lookUp();
    let fresh = missing();
    if (fresh.size > 0) {
      // Concurrent writers may be creating the same part: under the audit chain's lock (which every
      // creator holds until it commits) look again, so that each part is created, and audited, once.
      await lockAuditChain(trx, this.w.db.dialect);
      await lookUp();
      fresh = missing();
    }
    if (fresh.size > 0) {
      const bulk = shared ?? this.w.audit.bulk(trx, actor, 'part');
      const inserted = await this.w.createMany(trx, bulk, 'part', [...fresh.values()]);
      if (!shared)
        await bulk.finish('create', { reason: 'parts read from component markings', parts: inserted.length });
      for (const p of inserted) known.set(identity(p.maker_org_id, p.number), p.id);
    }
    for (const r of wanted) r.part_id = known.get(identity(r.maker_org_id, numberOf(r))) ?? null;
  }
}

/** A date code a person typed, read as printed under its part number (the maker's schemes, the
 * family's launch and the recovery date bound it as for the machine's own reading). */
function typedDate(
  engine: MarkingEngine,
  partNumber: string | null,
  dateCode: string,
  at: string | null | undefined,
) {
  try {
    const d = engine.parse(
      `${partNumber ?? ''}\n${dateCode}`,
      at && DAY.test(at) ? { recovered: at.slice(0, 10) } : {},
    ).dateCode;
    return d && d.raw === dateCode.trim() ? d : null;
  } catch {
    return null;
  }
}

/** The base part of a part number read alone (a person's, or one the marking's reading differs from). */
function baseOf(engine: MarkingEngine, number: string): string | null {
  try {
    return engine.parse(number).partNumber?.base ?? null;
  } catch {
    return null;
  }
}

function partRow(makerOrgId: number | null, number: string, base: string | null, category: string | null) {
  const c = partCategory(category);
  return {
    maker_org_id: makerOrgId,
    number,
    base,
    category: c.category,
    hs6: c.hs6,
    hs6_origin: c.hs6 ? 'rule' : null,
    export_notes: null,
    notes: null,
    search_text: searchText(number, base, category),
  };
}

function withOrganization(r: MarkingReading, orgOf: Map<string, number>) {
  return {
    ...r,
    manufacturer: r.manufacturer
      ? { ...r.manufacturer, organizationId: orgOf.get(r.manufacturer.key) ?? null }
      : null,
  };
}
