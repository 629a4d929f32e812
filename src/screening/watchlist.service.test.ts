// Watch lists as versioned data on both databases, with the real OFAC 2019 and 2021 lists and the UN
// list (the workplace's shared sanctions data): each import a version whose added, changed and removed
// counts agree with a diff worked out here from the parsed files; the same files again make no version;
// a bad file is refused naming its place and leaves the version in force; every row is audited; viewers
// may not import. The CSV lists are synthetic test data.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { actor } from '../../test/helpers/factories.ts';
import { sharedFile } from '../../test/helpers/shared.ts';
import { describeEachDialect, type TestInstance } from '../../test/helpers/test-app.ts';
import { verifyIntegrity } from '../audit/index.ts';
import { Forbidden, Invalid } from '../core/errors.ts';
import { parseOfac } from './screening.ofac.ts';
import type { WatchlistEntry } from './screening.types.ts';
import type { ListImported } from './watchlist.service.ts';

const sanctions = (name: string) => sharedFile(`data/sanctions/${name}`);
const ofacFiles = (year: number) =>
  (['sdn', 'alt', 'add'] as const).map((role) => ({ role, path: sanctions(`ofac-sdn-${year}-${role}.csv`) }));
const parsed = (year: number) => {
  const text = (role: string) => ({
    name: role,
    text: readFileSync(sanctions(`ofac-sdn-${year}-${role}.csv`), 'latin1'),
  });
  return new Map(
    parseOfac({ sdn: text('sdn'), alt: text('alt'), add: text('add') }).map((e) => [
      e.entryId,
      // The reader builds every entry's fields in one order, so its JSON is comparable as it is.
      JSON.stringify(e),
    ]),
  );
};

/** The state of a list that a refused import must leave as it was. */
async function state(t: TestInstance, name: string) {
  const { list, versions } = await t.app.watchlists.listByName(actor, name);
  const entries = await t.app.watchlists.entries(actor, list.id, { limit: 1, offset: 0 });
  const changes = await t.app.db.kysely
    .selectFrom('watchlist_changes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    version: list.currentVersion,
    versions: versions.length,
    live: entries.total,
    changes: Number(changes.n),
  };
}

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'));

describeEachDialect('WatchlistService', (t) => {
  const seen: ListImported[] = [];

  it('imports OFAC 2019, then 2021 as version 2 with the changes a diff of the files gives', async () => {
    const app = t().app;
    app.watchlists.onImported = async (_a, c) => {
      seen.push(c);
    };
    const first = await app.watchlists.importList(actor, {
      name: 'OFAC SDN',
      format: 'ofac-csv',
      files: ofacFiles(2019),
    });
    const old = parsed(2019);
    expect(first).toMatchObject({
      created: true,
      added: old.size,
      changed: 0,
      removed: 0,
      entries: old.size,
    });
    expect(first.version).toMatchObject({ version: 1, entries: old.size });
    expect(first.version.files.map((f) => f.role)).toEqual(['sdn', 'alt', 'add']);

    const now = parsed(2021);
    const added = [...now.keys()].filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !now.has(id));
    const changed = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
    // The lists differ in all three ways, or the test would prove little.
    expect(Math.min(added.length, removed.length, changed.length)).toBeGreaterThan(10);

    const second = await app.watchlists.importList(actor, {
      name: 'OFAC SDN',
      format: 'ofac-csv',
      files: ofacFiles(2021),
    });
    expect(second).toMatchObject({
      created: true,
      added: added.length,
      changed: changed.length,
      removed: removed.length,
      unchanged: now.size - added.length - changed.length,
      entries: now.size,
    });
    expect(second.watchlist).toMatchObject({ currentVersion: 2, entryCount: now.size });
    const id = second.watchlist.id;
    for (const [kind, ids] of [
      ['added', added],
      ['changed', changed],
      ['removed', removed],
    ] as const) {
      const page = await app.watchlists.changes(actor, id, 2, { kind, limit: 5000, offset: 0 });
      expect(page.total).toBe(ids.length);
      expect(new Set(page.rows.map((r) => r.entryId))).toEqual(new Set(ids));
    }
    // The screening service is told the row ids of what changed, after the commit.
    const told = seen.at(-1) as ListImported;
    expect(told).toMatchObject({ watchlistId: id, listName: 'OFAC SDN', version: 2 });
    expect([told.added.length, told.changed.length, told.removed.length]).toEqual([
      added.length,
      changed.length,
      removed.length,
    ]);
    const gone = await app.watchlists.entry(actor, told.removed[0]);
    expect(gone).toMatchObject({ versionAdded: 1, versionRemoved: 2 });
    const edited = await app.watchlists.entry(actor, told.changed[0]);
    expect(edited).toMatchObject({ versionAdded: 1, versionChanged: 2, versionRemoved: null });
    expect(JSON.stringify(edited.names)).toBe(
      JSON.stringify((JSON.parse(now.get(edited.entryId) as string) as WatchlistEntry).names),
    );
    const live = await app.watchlists.repo.liveEntries(app.db.kysely);
    expect(live.filter((e) => e.watchlistId === id).length).toBe(now.size);
    expect((await app.watchlists.repo.liveEntries(app.db.kysely, { rowIds: told.removed })).length).toBe(0);
    expect((await app.watchlists.repo.entriesByRowIds(app.db.kysely, told.removed)).length).toBe(
      removed.length,
    );
  });

  it('makes no version for the same files again', async () => {
    const app = t().app;
    const key = await app.watchlists.repo.listsVersionKey(app.db.kysely);
    const calls = seen.length;
    const again = await app.watchlists.importList(actor, {
      name: 'OFAC SDN',
      format: 'ofac-csv',
      files: ofacFiles(2021),
    });
    expect(again).toMatchObject({ created: false, added: 0, changed: 0, removed: 0 });
    expect(again.version.version).toBe(2);
    expect((await state(t(), 'OFAC SDN')).versions).toBe(2);
    expect(seen.length).toBe(calls);
    expect(await app.watchlists.repo.listsVersionKey(app.db.kysely)).toBe(key);
  });

  it('refuses a truncated, a UTF-16 and a binary sdn file naming the place, and keeps version 2 in force', async () => {
    const app = t().app;
    const before = await state(t(), 'OFAC SDN');
    const sdn = readFileSync(sanctions('ofac-sdn-2021-sdn.csv'));
    const cut = sdn.subarray(0, sdn.indexOf('"', Math.floor(sdn.length / 2)) + 4);
    const files = (content: Buffer) => [
      { role: 'sdn', name: 'sdn.csv', content },
      ...ofacFiles(2021).slice(1),
    ];
    const truncated = app.watchlists.importList(actor, {
      name: 'OFAC SDN',
      format: 'ofac-csv',
      files: files(cut),
    });
    await expect(truncated).rejects.toBeInstanceOf(Invalid);
    await expect(truncated).rejects.toMatchObject({
      message: expect.stringMatching(/^sdn\.csv, row \d+/),
      problems: [{ file: 'sdn.csv' }],
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sdn.toString('latin1'), 'utf16le')]);
    await expect(
      app.watchlists.importList(actor, { name: 'OFAC SDN', format: 'ofac-csv', files: files(utf16) }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/sdn\.csv: is UTF-16/) });
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    await expect(
      app.watchlists.importList(actor, { name: 'OFAC SDN', format: 'ofac-csv', files: files(binary) }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/sdn\.csv, byte 6: holds NUL bytes/) });
    await expect(
      app.watchlists.importList(actor, {
        name: 'OFAC SDN',
        format: 'ofac-csv',
        files: ofacFiles(2021).slice(0, 2),
      }),
    ).rejects.toMatchObject({ problems: [{ path: 'add' }] });
    expect(await state(t(), 'OFAC SDN')).toEqual(before);
  });

  it('imports the UN list, and refuses it truncated naming the line, keeping its version', async () => {
    const app = t().app;
    const path = sanctions('un-consolidated-2026.xml');
    const un = await app.watchlists.importList(actor, {
      name: 'UN SC',
      format: 'un-xml',
      files: [{ role: 'file', path }],
    });
    expect(un).toMatchObject({ created: true, added: 1003, entries: 1003, watchlist: { format: 'un-xml' } });
    const found = await app.watchlists.entries(actor, un.watchlist.id, { q: 'badege', limit: 10, offset: 0 });
    expect(found.rows.map((r) => r.entryId)).toEqual(['6907993']);
    expect(found.rows[0]).toMatchObject({ listName: 'UN SC', countries: ['CD', 'RW'], versionAdded: 1 });
    const before = await state(t(), 'UN SC');
    const text = readFileSync(path);
    await expect(
      app.watchlists.importList(actor, {
        name: 'UN SC',
        format: 'un-xml',
        files: [{ role: 'file', name: 'un.xml', content: text.subarray(0, Math.floor(text.length * 0.7)) }],
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^un\.xml, line \d+, column \d+: is not XML/) });
    expect(await state(t(), 'UN SC')).toEqual(before);
  });

  it('imports a generic CSV through a mapping; an edited row is a change, a row back is its entry back', async () => {
    const app = t().app;
    const mapping = {
      name: 'Name',
      id: 'Ref',
      aliases: 'Also',
      schema: 'Type',
      countries: 'Country',
      identifiers: 'Ids',
    };
    const header = ['Ref', 'Name', 'Also', 'Type', 'Country', 'Ids'];
    const rowA = [
      'A1',
      'Qorvex Trading (synthetic)',
      'QVX;Qorvex Ltd',
      'Company',
      'Russia;KZ',
      'INN: 7700000001',
    ];
    const rowB = ['B2', 'Ivan Sample (synthetic)', '', 'Individual', 'RU', ''];
    const file = (rows: string[][]) => [{ role: 'file', name: 'mine.csv', content: csv([header, ...rows]) }];
    const v1 = await app.watchlists.importList(actor, {
      name: 'Own list',
      format: 'csv',
      files: file([rowA, rowB]),
      mapping,
    });
    expect(v1).toMatchObject({ added: 2, entries: 2 });
    const [a] = (await app.watchlists.entries(actor, v1.watchlist.id, { q: 'qvx', limit: 5, offset: 0 }))
      .rows;
    expect(a).toMatchObject({
      entryId: 'A1',
      schema: 'Organization',
      countries: ['RU', 'KZ'],
      identifiers: [{ type: 'INN', value: '7700000001', country: null }],
      names: [
        { name: 'Qorvex Trading (synthetic)', kind: 'primary' },
        { name: 'QVX', kind: 'aka' },
        { name: 'Qorvex Ltd', kind: 'aka' },
      ],
    });
    const v2 = await app.watchlists.importList(actor, {
      name: 'Own list',
      format: 'csv',
      files: file([[...rowA.slice(0, 4), 'RU', rowA[5]]]),
      mapping,
    });
    expect(v2).toMatchObject({ added: 0, changed: 1, removed: 1, entries: 1 });
    const v3 = await app.watchlists.importList(actor, {
      name: 'Own list',
      format: 'csv',
      files: file([rowA, rowB]),
      mapping,
    });
    expect(v3).toMatchObject({ added: 1, changed: 1, removed: 0, entries: 2, version: { version: 3 } });
    const back = (
      await app.watchlists.changes(actor, v3.watchlist.id, 3, { kind: 'added', limit: 5, offset: 0 })
    ).rows[0];
    expect(back.entryId).toBe('B2');
    expect(await app.watchlists.entry(actor, back.entryRowId)).toMatchObject({
      versionAdded: 3,
      versionRemoved: null,
    });
    const b2Rows = await app.db.kysely
      .selectFrom('watchlist_entries')
      .select('id')
      .where('entry_id', '=', 'B2')
      .execute();
    expect(b2Rows.length).toBe(1);
  });

  it('refuses CSV rows and mappings that do not fit, naming file, row and column', async () => {
    const app = t().app;
    const before = await state(t(), 'Own list');
    const attempt = (rows: string[][], mapping: Record<string, string>) =>
      app.watchlists.importList(actor, {
        name: 'Own list',
        format: 'csv',
        files: [{ role: 'file', name: 'mine.csv', content: csv(rows) }],
        mapping: mapping as { name: string },
      });
    await expect(
      attempt(
        [
          ['Ref', 'Title'],
          ['A1', 'X'],
        ],
        { name: 'Name', id: 'Ref' },
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^mine\.csv, column "Name": .*columns are "Ref", "Title"/),
    });
    await expect(
      attempt(
        [
          ['Ref', 'Name', 'Type'],
          ['A1', 'X (synthetic)', 'Company'],
          ['A2', 'Y (synthetic)', 'Ship'],
        ],
        {
          name: 'Name',
          id: 'Ref',
          schema: 'Type',
        },
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^mine\.csv, row 2, column "Type": "Ship" is no schema/),
    });
    await expect(
      attempt(
        [
          ['Ref', 'Name'],
          ['A1', 'X (synthetic)'],
        ],
        { name: 'Name' },
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/no id column/),
    });
    await expect(
      attempt(
        [
          ['Ref', 'Name'],
          ['A1', 'X (synthetic)', 'extra'],
        ],
        { name: 'Name', id: 'Ref' },
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^mine\.csv, row 1: has 3 columns, the header has 2/),
    });
    await expect(
      app.watchlists.importList(actor, {
        name: 'Own list',
        format: 'csv',
        files: [
          {
            role: 'file',
            name: 'mine.csv',
            content: Buffer.from('Ref,Name\nA1,Caf\xe9 (synthetic)\n', 'latin1'),
          },
        ],
        mapping: { name: 'Name', id: 'Ref' },
      }),
    ).rejects.toMatchObject({ message: 'mine.csv, line 2: is not UTF-8 text (save the file as UTF-8)' });
    expect(await state(t(), 'Own list')).toEqual(before);
    // Without ids of its own, a row's content is its id.
    const hashed = await app.watchlists.importList(actor, {
      name: 'Hashed',
      format: 'csv',
      files: [
        {
          role: 'file',
          name: 'h.csv',
          content: csv([['Name'], ['X (synthetic)'], ['Y (synthetic)'], ['X (synthetic)']]),
        },
      ],
      mapping: { name: 'Name', id: '#hash' },
    });
    expect(hashed).toMatchObject({ added: 2, entries: 2 });
  });

  it('lets no viewer import, lets every signed-in user read, and audits every row it wrote', async () => {
    const app = t().app;
    const member = await app.grants.userActor(await makeUser(app, { role: 'member' }));
    await expect(
      app.watchlists.importList(member, {
        name: 'Mine',
        format: 'un-xml',
        files: [{ role: 'file', path: sanctions('un-consolidated-2026.xml') }],
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect((await app.watchlists.lists(member)).map((l) => l.name)).toEqual([
      'Hashed',
      'OFAC SDN',
      'Own list',
      'UN SC',
    ]);
    await expect(app.watchlists.lists({ kind: 'anonymous' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const report = await verifyIntegrity(app.db.kysely, app.files);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
