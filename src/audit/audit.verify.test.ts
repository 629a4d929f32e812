// `verifyIntegrity` against a database altered behind the product's back, on SQLite and PostgreSQL.
// Data is built through the services (single writes and bulk imports); each test then tampers with one
// thing in raw SQL or on disk, checks that verify names exactly that, and undoes it, so that the next
// test starts from an intact instance again (checked before and after every tamper).
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { derivedColumns } from '../db/index.ts';
import { canonicalJson } from './audit.digest.ts';
import { type IntegrityProblem, verifyIntegrity } from './audit.verify.ts';

type Problem = Omit<IntegrityProblem, 'detail'>;

const verify = (app: App) => verifyIntegrity(app.db.kysely, app.files);
const problemsOf = (r: { problems: IntegrityProblem[] }): Problem[] =>
  r.problems.map(({ detail: _, ...p }) => p);

interface Seeded {
  caseId: number;
  /** Created singly, then updated twice (three audit entries). */
  itemA: number;
  itemAUpdateSeqs: number[];
  itemB: number;
  fileId: number;
  fileSha: string;
  fileBytes: Buffer;
  singleComponent: number;
  importedItems: number[];
  componentImportSeq: number;
  componentBatch: string;
  /** In import order; the last ones are chips inside the first (a module). */
  importedComponents: number[];
  itemImportSeq: number;
}

async function seed(app: App, dataDir: string): Promise<Seeded> {
  const c = await makeCase(app, 'Audit verify case (synthetic test data)');
  const maker = await app.parties.createOrganization(actor, {
    name: 'Qorvex Microsystems (synthetic)',
    roles: ['maker'],
    countries: ['CN'],
  });
  await app.parties.createPerson(actor, { name: 'Ivo Testerov (synthetic)', roles: ['carrier'] });
  const itemA = await makeItem(app, c.id, { designationMarked: 'Testbird-1', notes: 'synthetic' });
  const itemB = await makeItem(app, c.id, { designationMarked: 'Testbird-2' });
  const fileBytes = Buffer.from(
    `synthetic evidence file: label of item ${itemA.id}, not a real photo\n`.repeat(20),
  );
  const { file } = await app.evidenceFiles.add(
    actor,
    { caseId: c.id, itemId: itemA.id },
    Readable.from([fileBytes]),
    'synthetic-label.txt',
  );
  const single = await makeComponent(app, itemA.id, {
    evidenceFileId: file.id,
    makerOrgId: maker.id,
    maker: 'Qorvex',
  });
  await app.custody.create(actor, {
    caseId: c.id,
    itemId: itemA.id,
    occurredAt: '2024-03-08',
    action: 'received',
    toParty: 'synthetic lab',
  });

  const dir = join(dataDir, 'import-src');
  await mkdir(dir, { recursive: true });
  const itemsCsv = join(dir, 'items.csv');
  await writeFile(
    itemsCsv,
    [
      'Ref,Type,Designation,Kennung,Recovered,Lat,Lon,Country',
      'SYN-I1,uav,Testbird-3,TB3-0001,2024-05-01,48.1,35.2,UA',
      'SYN-I2,uav,Testbird-3,TB3-0002,2024-05-02,48.2,35.3,UA',
      'SYN-I3,loitering munition,Testbird-4,TB4-0001,2024-06,,,UA',
    ].join('\n'),
  );
  const items = await app.imports.run(actor, {
    kind: 'items',
    path: itemsCsv,
    caseId: c.id,
    map: { Kennung: 'serialNumber' },
  });
  expect(items.added).toBe(3);
  const componentsCsv = join(dir, 'components.csv');
  await writeFile(
    componentsCsv,
    [
      'Item Ref,System,Board Label,Parent,Marking,Mfr,P/N',
      'SYN-I1,flight control,FC-1,,FC BOARD REV B,,',
      'SYN-I1,flight control,U1,FC-1,QZX32F4 RGT6 2219 A3,Qorvex,QZX32F4',
      'SYN-I1,navigation,U2,FC-1,NVX-88 2301,Navix,NVX-88',
      'SYN-I2,power,Q1,,PWX 12A 2145,Powrix,PWX12A',
      'SYN-I3,datalink,U7,,DLK900 2240 CHN,Datalinko,DLK900',
    ].join('\n'),
  );
  const comps = await app.imports.run(actor, {
    kind: 'components',
    path: componentsCsv,
    caseId: c.id,
    map: { 'Board Label': 'position' },
  });
  expect(comps.added).toBe(5);

  await app.items.update(actor, itemA.id, { notes: 'synthetic: first look' });
  await app.items.update(actor, itemA.id, { notes: 'synthetic: second look' });
  const db = app.db.kysely;
  const updates = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('entity_type', '=', 'item')
    .where('entity_id', '=', itemA.id)
    .where('action', '=', 'update')
    .orderBy('seq')
    .execute();
  const importEntry = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '=', comps.auditSeq as number)
    .executeTakeFirstOrThrow();
  const importedItems = await db
    .selectFrom('recovered_items')
    .select('id')
    .where('external_ref', 'like', 'SYN-I%')
    .orderBy('id')
    .execute();
  const importedComponents = await db
    .selectFrom('components')
    .select('id')
    .where(
      'item_id',
      'in',
      importedItems.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  return {
    caseId: c.id,
    itemA: itemA.id,
    itemAUpdateSeqs: updates.map((u) => u.seq),
    itemB: itemB.id,
    fileId: file.id,
    fileSha: file.sha256,
    fileBytes,
    singleComponent: single.id,
    importedItems: importedItems.map((r) => r.id),
    itemImportSeq: items.auditSeq as number,
    componentImportSeq: comps.auditSeq as number,
    componentBatch: importEntry.batch as string,
    importedComponents: importedComponents.map((r) => r.id),
  };
}

describeEachDialect('audit verify', (t) => {
  let s: Seeded;
  const app = () => t().app;
  const db = () => t().app.db.kysely;

  beforeAll(async () => {
    s = await seed(app(), t().dataDir);
  });

  /** Applies a tamper, verifies, undoes it; returns the problems found while it was in place. */
  async function whileTampered(tamper: () => Promise<() => Promise<void>>): Promise<Problem[]> {
    expect(problemsOf(await verify(app())), 'intact before the tamper').toEqual([]);
    const undo = await tamper();
    let report: Awaited<ReturnType<typeof verify>>;
    try {
      report = await verify(app());
    } finally {
      await undo();
    }
    expect(problemsOf(await verify(app())), 'intact again once undone').toEqual([]);
    expect(report.ok).toBe(false);
    return problemsOf(report);
  }

  it('finds an instance built through the services intact', async () => {
    const r = await verify(app());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    // case, org, person, 2 items, file, component, custody event, 2 imports, 2 updates, and the catalog
    // parts read off the markings of the component and of the imported ones (one entry each)
    expect(r.entries).toBe(14);
    expect(r.head?.seq).toBe(14);
    // 1 case + 1 org + 1 person + 5 items + 1 file + 6 components + 1 custody event + 5 catalog parts
    expect(r.rows).toBe(21);
    expect(r.files).toBe(1);
  });

  it('stays intact after legitimate updates and soft deletes, which purge nothing and are audited', async () => {
    const imported = s.importedComponents[3];
    await app().components.update(actor, imported, { notes: 'synthetic: re-read under the microscope' });
    await app().items.update(actor, s.itemB, { condition: 'synthetic: burnt' });
    const removed = await app().items.remove(actor, s.itemB);
    await app().components.remove(actor, imported);
    await app().evidenceFiles.remove(actor, s.fileId);
    expect(removed.deletedAt).not.toBeNull();

    const r = await verify(app());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);

    // Nothing purged: the rows are still there, marked deleted; the file is still stored and checked.
    const row = await db()
      .selectFrom('recovered_items')
      .selectAll()
      .where('id', '=', s.itemB)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).toBe(removed.deletedAt);
    expect(row.condition).toBe('synthetic: burnt');
    expect((await app().components.get(actor, imported, true)).deletedAt).not.toBeNull();
    await expect(app().items.get(actor, s.itemB)).rejects.toThrow();
    expect(r.files).toBe(1);
    expect(await readFile(app().files.pathOf(s.fileSha))).toEqual(s.fileBytes);

    const history = await app().auditLog.history(db(), 'item', s.itemB, 10);
    expect(history.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    const [del, upd, create] = history.map((e) => ({
      before: e.before && JSON.parse(e.before),
      after: e.after && JSON.parse(e.after),
      actor: e.actor,
    }));
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({ id: s.itemB, condition: null, deleted_at: null });
    expect(upd.before).toMatchObject({ condition: null });
    expect(upd.after).toMatchObject({ condition: 'synthetic: burnt', deleted_at: null });
    expect(del.before).toMatchObject({ condition: 'synthetic: burnt', deleted_at: null });
    expect(del.after).toMatchObject({ condition: 'synthetic: burnt', deleted_at: removed.deletedAt });
    expect(del.actor).toBe('local:local administrator');

    // The imported component's history: its row is covered by the import's bulk entry, then by its own.
    const compHistory = await app().auditLog.history(db(), 'component', imported, 10);
    expect(compHistory.map((e) => e.action)).toEqual(['delete', 'update']);
  });

  it('names an imported (bulk-audited) component row altered by UPDATE', async () => {
    const id = s.importedComponents[1];
    const problems = await whileTampered(async () => {
      const { lot_code } = await db()
        .selectFrom('components')
        .select('lot_code')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await sql`update components set lot_code = ${'LOT-FORGED'} where id = ${id}`.execute(db());
      return async () => {
        await sql`update components set lot_code = ${lot_code} where id = ${id}`.execute(db());
      };
    });
    expect(problems).toEqual([{ kind: 'row_altered', entityType: 'component', id }]);
  });

  it('names a singly-audited item altered by UPDATE', async () => {
    const problems = await whileTampered(async () => {
      const { serial_number } = await db()
        .selectFrom('recovered_items')
        .select('serial_number')
        .where('id', '=', s.itemA)
        .executeTakeFirstOrThrow();
      await sql`update recovered_items set serial_number = ${'TB-FORGED'} where id = ${s.itemA}`.execute(
        db(),
      );
      return async () => {
        await sql`update recovered_items set serial_number = ${serial_number} where id = ${s.itemA}`.execute(
          db(),
        );
      };
    });
    expect(problems).toEqual([{ kind: 'row_altered', entityType: 'item', id: s.itemA }]);
  });

  it('names a single changed digit of a coordinate', async () => {
    const id = s.importedItems[0];
    const problems = await whileTampered(async () => {
      await sql`update recovered_items set latitude = ${48.100001} where id = ${id}`.execute(db());
      return async () => {
        await sql`update recovered_items set latitude = ${48.1} where id = ${id}`.execute(db());
      };
    });
    expect(problems).toEqual([{ kind: 'row_altered', entityType: 'item', id }]);
  });

  it('names a row removed by DELETE', async () => {
    const id = s.importedComponents[2]; // a chip: nothing refers to it
    const problems = await whileTampered(async () => {
      const row = await db()
        .selectFrom('components')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      await sql`delete from components where id = ${id}`.execute(db());
      return async () => {
        const values: Record<string, unknown> = { ...row };
        for (const c of derivedColumns) delete values[c];
        await db()
          .insertInto('components')
          .values(values as typeof row)
          .execute();
      };
    });
    expect(problems).toEqual([{ kind: 'row_deleted', entityType: 'component', id }]);
  });

  it('names a row added by INSERT', async () => {
    let id = 0;
    const problems = await whileTampered(async () => {
      const now = new Date().toISOString();
      const { rows } = await sql<{
        id: number;
      }>`insert into organizations (name, aliases, countries, identifiers, addresses, roles, former_names, search_text, created_at, updated_at)
        values (${'Shellco Trading (synthetic)'}, '[]', '[]', '[]', '[]', '[]', '[]', ${'shellco trading'}, ${now}, ${now}) returning id`.execute(
        db(),
      );
      id = rows[0].id;
      return async () => {
        await sql`delete from organizations where id = ${id}`.execute(db());
      };
    });
    expect(problems).toEqual([{ kind: 'row_inserted', entityType: 'organization', id }]);
  });

  it('names an audit entry whose after-image was edited', async () => {
    const seq = s.itemImportSeq;
    const problems = await whileTampered(async () => {
      const { after } = await db()
        .selectFrom('audit_log')
        .select('after')
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      const forged = canonicalJson({ ...JSON.parse(after as string), added: 2, rows: 2 });
      await sql`update audit_log set "after" = ${forged} where seq = ${seq}`.execute(db());
      return async () => {
        await sql`update audit_log set "after" = ${after} where seq = ${seq}`.execute(db());
      };
    });
    expect(problems).toEqual([{ kind: 'entry_altered', seq }]);
  });

  it('still names the entry when a row and its audited after-image are altered together', async () => {
    const seq = s.itemAUpdateSeqs[1];
    const problems = await whileTampered(async () => {
      const { after } = await db()
        .selectFrom('audit_log')
        .select('after')
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      const { markings } = await db()
        .selectFrom('recovered_items')
        .select('markings')
        .where('id', '=', s.itemA)
        .executeTakeFirstOrThrow();
      await sql`update recovered_items set markings = ${'FORGED MARKING'} where id = ${s.itemA}`.execute(
        db(),
      );
      const row = await db()
        .selectFrom('recovered_items')
        .selectAll()
        .where('id', '=', s.itemA)
        .executeTakeFirstOrThrow();
      await sql`update audit_log set "after" = ${canonicalJson(row, derivedColumns)} where seq = ${seq}`.execute(
        db(),
      );
      return async () => {
        await sql`update recovered_items set markings = ${markings} where id = ${s.itemA}`.execute(db());
        await sql`update audit_log set "after" = ${after} where seq = ${seq}`.execute(db());
      };
    });
    expect(problems).toEqual([{ kind: 'entry_altered', seq }]);
  });

  it('names a removed audit entry and the break in the chain after it', async () => {
    const seq = s.itemAUpdateSeqs[0]; // a later update of the same item still covers its row
    const problems = await whileTampered(async () => {
      const entry = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      await sql`delete from audit_log where seq = ${seq}`.execute(db());
      return async () => {
        await db().insertInto('audit_log').values(entry).execute();
      };
    });
    expect(problems).toEqual([
      { kind: 'entry_missing', seq },
      { kind: 'chain_broken', seq: seq + 1 },
    ]);
  });

  it('names a removed audit entry of a create, and the row it no longer covers', async () => {
    const { seq } = await db()
      .selectFrom('audit_log')
      .select('seq')
      .where('entity_type', '=', 'person')
      .executeTakeFirstOrThrow();
    const { id } = await db().selectFrom('persons').select('id').executeTakeFirstOrThrow();
    const problems = await whileTampered(async () => {
      const entry = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      await sql`delete from audit_log where seq = ${seq}`.execute(db());
      return async () => {
        await db().insertInto('audit_log').values(entry).execute();
      };
    });
    expect(problems).toEqual([
      { kind: 'entry_missing', seq },
      { kind: 'chain_broken', seq: seq + 1 },
      { kind: 'row_inserted', entityType: 'person', id },
    ]);
  });

  it('names row digests of a bulk entry that were altered, and the row whose digest changed', async () => {
    const seq = s.componentImportSeq;
    const problems = await whileTampered(async () => {
      const chunk = await db()
        .selectFrom('audit_chunks')
        .select(['digests', 'ids'])
        .where('batch', '=', s.componentBatch)
        .where('chunk_no', '=', 0)
        .executeTakeFirstOrThrow();
      const original = Buffer.from(chunk.digests);
      expect(JSON.parse(chunk.ids)).toEqual(s.importedComponents);
      const forged = Buffer.from(original);
      forged[0] ^= 0xff;
      await sql`update audit_chunks set digests = ${forged} where batch = ${s.componentBatch} and chunk_no = 0`.execute(
        db(),
      );
      return async () => {
        await sql`update audit_chunks set digests = ${original} where batch = ${s.componentBatch} and chunk_no = 0`.execute(
          db(),
        );
      };
    });
    expect(problems).toEqual([
      { kind: 'chunks_altered', seq },
      { kind: 'row_altered', entityType: 'component', id: s.importedComponents[0] },
    ]);
  });

  it('names an evidence file with one byte changed on disk', async () => {
    const path = app().files.pathOf(s.fileSha);
    const problems = await whileTampered(async () => {
      const original = await readFile(path);
      const changed = Buffer.from(original);
      changed[100] ^= 0x01;
      await writeFile(path, changed);
      return async () => {
        await writeFile(path, original);
      };
    });
    expect(problems).toEqual([{ kind: 'file_changed', sha256: s.fileSha, id: s.fileId }]);
  });

  it('names an evidence file removed from disk', async () => {
    const path = app().files.pathOf(s.fileSha);
    const problems = await whileTampered(async () => {
      await rename(path, `${path}.away`);
      return async () => {
        await rename(`${path}.away`, path);
      };
    });
    expect(problems).toEqual([{ kind: 'file_missing', sha256: s.fileSha, id: s.fileId }]);
  });

  it('names every problem at once when several things were altered', async () => {
    const item = s.importedItems[1];
    const problems = await whileTampered(async () => {
      const { notes } = await db()
        .selectFrom('recovered_items')
        .select('notes')
        .where('id', '=', item)
        .executeTakeFirstOrThrow();
      await sql`update recovered_items set notes = ${'forged'} where id = ${item}`.execute(db());
      await sql`update components set maker = ${'Forged'} where id = ${s.singleComponent}`.execute(db());
      return async () => {
        await sql`update recovered_items set notes = ${notes} where id = ${item}`.execute(db());
        await sql`update components set maker = ${'Qorvex'} where id = ${s.singleComponent}`.execute(db());
      };
    });
    expect(problems).toEqual([
      { kind: 'row_altered', entityType: 'item', id: item },
      { kind: 'row_altered', entityType: 'component', id: s.singleComponent },
    ]);
  });

  it('covers attribution and production records: an altered decision, pattern and profile document, a removed target', async () => {
    const profiles = readFileSync(new URL('../demo/demo-variants.yaml', import.meta.url), 'utf8');
    await app().attribution.profiles.put(actor, profiles);
    const decided = await app().attribution.decide(actor, s.itemA, {
      variantId: 'unknown',
      basis: 'synthetic test data',
      confidence: 'low',
    });
    const decisionId = decided.human?.id as number;
    const pattern = await app().production.putPattern(actor, 'Testbird-1', {
      pattern: '^(?<series>TB)-(?<number>\\d+)$',
    });
    const target = await app().production.addTarget(actor, {
      designation: 'Testbird-1',
      units: 10,
      by: '2024-01-31',
      source: 'synthetic test claim',
    });
    const version = await db()
      .selectFrom('variant_profile_versions')
      .select(['id', 'document'])
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const problems = await whileTampered(async () => {
      const stored = await db()
        .selectFrom('production_targets')
        .selectAll()
        .where('id', '=', target.id)
        .executeTakeFirstOrThrow();
      await sql`update attribution_decisions set variant_id = ${'harrow-2m-licensed'} where id = ${decisionId}`.execute(
        db(),
      );
      await sql`update serial_patterns set pattern = ${'^(?<number>\\d+)$'} where id = ${pattern.id}`.execute(
        db(),
      );
      await sql`update variant_profile_versions set document = ${`${version.document}# forged\n`} where id = ${version.id}`.execute(
        db(),
      );
      await sql`delete from production_targets where id = ${target.id}`.execute(db());
      return async () => {
        await sql`update attribution_decisions set variant_id = ${'unknown'} where id = ${decisionId}`.execute(
          db(),
        );
        await sql`update serial_patterns set pattern = ${pattern.pattern} where id = ${pattern.id}`.execute(
          db(),
        );
        await sql`update variant_profile_versions set document = ${version.document} where id = ${version.id}`.execute(
          db(),
        );
        await db().insertInto('production_targets').values(stored).execute();
      };
    });
    expect(problems).toEqual([
      { kind: 'row_altered', entityType: 'variant_profile_version', id: version.id },
      { kind: 'row_altered', entityType: 'attribution_decision', id: decisionId },
      { kind: 'row_altered', entityType: 'serial_pattern', id: pattern.id },
      { kind: 'row_deleted', entityType: 'production_target', id: target.id },
    ]);
  });
});
