// Production estimates from the serials of stored items: which assessed designations a reader's cases
// hold, and for one of them (optionally in one case) its serials read with the designation's pattern
// and every estimate of the production core, with the declared targets compared. Patterns and targets
// are shared reference data that analysts keep. Past production only: nothing here forecasts.
import { patternProblem } from '../attribution/index.ts';
import {
  assertCaseRead,
  assertReferenceRead,
  assertReferenceWrite,
  isSignedIn,
  readScope,
} from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import { type AuditedWriter, parseInput, toMonth } from '../evidence/index.ts';
import {
  canonicalSeries,
  estimateProduction,
  type ProductionOptions,
  parseSerial,
  type SerialObservation,
  serialPattern,
} from '../production/index.ts';
import { toPattern, toTarget } from './estimates.mappers.ts';
import type { EstimatesRepository } from './estimates.repository.ts';
import {
  type Designation,
  designationKey,
  PatternInput,
  type ProductionAssessment,
  type ProductionQuery,
  type ProductionTarget,
  type SerialPattern,
  TargetInput,
} from './estimates.schema.ts';

const DesignationText = (designation: string): string => {
  const d = designation.trim();
  if (!d || d.length > 200) throw Invalid.at('designation', 'is a designation of 1 to 200 characters');
  return d;
};

/** The pattern as the production core will run it: checked for what it needs and for safety. */
function checkedPattern(source: string): string {
  const problem = patternProblem(source);
  if (problem) throw Invalid.at('pattern', problem);
  serialPattern(source);
  return source;
}

function optionsOf(q: ProductionQuery, pattern: string | null): ProductionOptions {
  if (q.prior === 'uniform' && q.priorMax === undefined)
    throw Invalid.at('priorMax', 'a uniform prior needs priorMax, the largest number it allows');
  return {
    ...(pattern ? { pattern } : {}),
    ...(q.level === undefined ? {} : { level: q.level }),
    ...(q.lagDays === undefined ? {} : { lagDays: q.lagDays }),
    ...(q.start === undefined ? {} : { start: q.start }),
    ...(q.prior === undefined
      ? {}
      : {
          prior: q.prior === 'uniform' ? { kind: 'uniform', max: q.priorMax as number } : { kind: q.prior },
        }),
  };
}

export class ProductionService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: EstimatesRepository,
  ) {}

  /** The assessed designations of the items the actor may read, the most recovered first. */
  async designations(actor: Actor): Promise<Designation[]> {
    const db = this.w.db.kysely;
    const rows = await this.repo.designations(db, readScope(actor));
    const patterns = new Map((await this.repo.patterns(db)).map((p) => [p.designation_key, p.pattern]));
    return rows
      .map((r) => ({ ...r, pattern: patterns.get(designationKey(r.designation)) ?? null }))
      .sort((a, b) => b.items - a.items || a.designation.localeCompare(b.designation));
  }

  async assess(actor: Actor, q: ProductionQuery): Promise<ProductionAssessment> {
    const db = this.w.db.kysely;
    if (q.caseId !== undefined) {
      // A case that does not exist and one the actor may not read get the same "not found".
      await this.w.get(db, 'case', q.caseId);
      assertCaseRead(actor, q.caseId, 'case', q.caseId);
    }
    const scope = readScope(actor);
    const key = designationKey(q.designation);
    const pattern = (await this.repo.pattern(db, key))?.pattern ?? null;
    const options = optionsOf(q, pattern);
    const rows = await this.repo.observations(db, q.designation, q.caseId, scope);
    const full = (caseId: number) => scope.all || scope.full.includes(caseId);
    const observed: SerialObservation[] = rows.map((r) => {
      const on = full(r.case_id) ? r.recovered_at?.slice(0, 10) : toMonth(r.recovered_at);
      return { id: String(r.id), serial: r.serial_number as string, ...(on ? { recoveredOn: on } : {}) };
    });
    const targets = (isSignedIn(actor) ? await this.repo.targets(db, key) : []).map(toTarget);
    // One estimate answers every target: each series assesses them all, in this order.
    const report = estimateProduction(observed, {
      ...options,
      targets: targets.map((t) => ({ units: t.units, by: t.by })),
    });
    const compiled = pattern ? serialPattern(pattern) : undefined;
    const itemIds = (refs: { index: number }[]) => refs.map((o) => rows[o.index].id);
    const notes: string[] = [];
    if (rows.length === 0)
      notes.push('no item of this designation with a serial number in the cases you may read');
    if (rows.some((r) => !full(r.case_id)))
      notes.push(
        'recovery dates of items in cases read in their published form are months (taken as the first day), as that view shows them',
      );
    return {
      designation: q.designation,
      caseId: q.caseId ?? null,
      pattern,
      observations: rows.map((r, i) => {
        const read = parseSerial(observed[i], i, compiled);
        return {
          itemId: r.id,
          caseId: r.case_id,
          serial: observed[i].serial,
          recoveredOn: observed[i].recoveredOn ?? null,
          series: 'parsed' in read ? read.parsed.series : null,
          number: 'parsed' in read ? read.parsed.number : null,
          problem: 'unparsed' in read ? read.unparsed.reason : null,
        };
      }),
      series: report.series.map(({ targets: _, ...s }) => s),
      unparsed: report.unparsed.map((u) => ({ itemId: rows[u.index].id, serial: u.raw, reason: u.reason })),
      duplicates: report.duplicates.map((d) => ({
        series: d.series,
        number: d.number,
        itemIds: itemIds(d.observations),
      })),
      outliers: report.outliers.map(({ observations, ...o }) => ({ ...o, itemIds: itemIds(observations) })),
      assumptions: report.assumptions,
      targets: targets.map((target, i) => {
        const about = report.series.filter(
          (s) => target.series === null || (s.series !== null && s.series === canonicalSeries(target.series)),
        );
        return {
          target,
          series: about.map((s) => ({
            series: s.series,
            assessment: s.targets?.[i] ?? { ok: false as const, reason: 'no assessment of the target' },
          })),
        };
      }),
      notes,
    };
  }

  async patterns(actor: Actor): Promise<SerialPattern[]> {
    assertReferenceRead(actor);
    return (await this.repo.patterns(this.w.db.kysely)).map(toPattern);
  }

  async pattern(actor: Actor, designation: string): Promise<SerialPattern> {
    assertReferenceRead(actor);
    const row = await this.repo.pattern(this.w.db.kysely, designationKey(DesignationText(designation)));
    if (!row) throw new NotFound('serial-number pattern of the designation', designation);
    return toPattern(row);
  }

  /** Sets the designation's pattern (a new one, or a change of the one it has), audited. */
  async putPattern(actor: Actor, designation: string, input: unknown): Promise<SerialPattern> {
    assertReferenceWrite(actor);
    const name = DesignationText(designation);
    const v = parseInput(PatternInput, input);
    const pattern = checkedPattern(v.pattern);
    return this.w.transaction(async (trx) => {
      const key = designationKey(name);
      const current = await this.repo.pattern(trx, key);
      const values = { designation: name, designation_key: key, pattern, note: v.note ?? null };
      if (!current) return toPattern(await this.w.create(trx, actor, 'serial_pattern', values));
      return toPattern(await this.w.update(trx, actor, 'serial_pattern', current.id, values));
    });
  }

  async removePattern(actor: Actor, designation: string): Promise<SerialPattern> {
    assertReferenceWrite(actor);
    const key = designationKey(DesignationText(designation));
    return this.w.transaction(async (trx) => {
      const current = await this.repo.pattern(trx, key);
      if (!current) throw new NotFound('serial-number pattern of the designation', designation);
      return toPattern(await this.w.softDelete(trx, actor, 'serial_pattern', current.id));
    });
  }

  async targets(actor: Actor, designation?: string): Promise<ProductionTarget[]> {
    assertReferenceRead(actor);
    const key = designation === undefined ? undefined : designationKey(DesignationText(designation));
    return (await this.repo.targets(this.w.db.kysely, key)).map(toTarget);
  }

  /** Records a declared target: a claim made elsewhere, with its source, to compare the estimates with. */
  async addTarget(actor: Actor, input: unknown): Promise<ProductionTarget> {
    assertReferenceWrite(actor);
    const v = parseInput(TargetInput, input);
    return this.w.transaction(async (trx) =>
      toTarget(
        await this.w.create(trx, actor, 'production_target', {
          designation: v.designation,
          designation_key: designationKey(v.designation),
          series: v.series ?? null,
          units: v.units,
          by_date: v.by,
          source: v.source,
          note: v.note ?? null,
        }),
      ),
    );
  }

  async removeTarget(actor: Actor, id: number): Promise<ProductionTarget> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) =>
      toTarget(await this.w.softDelete(trx, actor, 'production_target', id)),
    );
  }
}
