// Screening of parties on both databases: hits raised when a party is created, decisions remembered
// while the entry stays the same and asked again when it changes, a list update raising hits only for
// what it added or changed, removed entries shown, the review queue's access rules, a party's status,
// and the limits of screening names on request. The lists here are small test lists of invented names.
import { expect, it } from 'vitest';
import { actor } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import type { Actor, Grants } from '../core/actor.ts';
import { Forbidden, Invalid, Unauthenticated } from '../core/errors.ts';
import { RESCREEN_JOB } from './screening.job.ts';

/** An OFAC sdn.csv row: ent_num, name, type, program, then eight empty columns and the remarks. */
const sdnRow = (id: number, name: string, type: 'individual' | '-0-', program: string) =>
  `${id},"${name}",${type === '-0-' ? '-0- ' : '"individual"'},"${program}",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;

async function importList(app: App, name: string, rows: string[]) {
  return app.watchlists.importList(actor, {
    name,
    format: 'ofac-csv',
    files: [{ role: 'sdn', name: 'sdn.csv', content: Buffer.from(`${rows.join('\n')}\n`) }],
    withoutAliases: true,
  });
}

const grants = (instanceRole: Grants['instanceRole']): Grants => ({
  instanceRole,
  cases: new Map(),
  published: new Set(),
  canWrite: true,
  onlyCase: null,
});
const member: Actor = { kind: 'user', id: 9001, name: 'member (test)', grants: grants('member') };
const analyst: Actor = { kind: 'user', id: 9002, name: 'analyst (test)', grants: grants('analyst') };

describeEachDialect('ScreeningService', (t) => {
  it('knows a party as not screened before any list is imported', async () => {
    const app = t().app;
    const org = await app.parties.createOrganization(actor, { name: 'Quillane Fasteners (test)' });
    expect(await app.screening.partyStatus(actor, 'organization', org.id)).toMatchObject({
      status: 'not_screened',
      screenedAt: null,
      hits: [],
    });
  });

  it('raises hits for parties, remembers decisions, re-asks on a changed entry, shows removed ones', async () => {
    const app = t().app;
    // Parties first: the first import screens them (a job, run right away for the local administrator).
    const zorvanta = await app.parties.createOrganization(actor, { name: 'Zorvanta Trading' });
    const kelmiro = await app.parties.createOrganization(actor, { name: 'Kelmiro Industrial Group' });
    const ostravek = await app.parties.createOrganization(actor, { name: 'Ostravek Machine Works' });
    const person = await app.parties.createPerson(actor, { name: 'Eskil Brandvold' });
    const bystander = await app.parties.createOrganization(actor, { name: 'Plainfield Bakery Supplies' });

    const v1 = [
      sdnRow(91001, 'ZORVANTA TRADING', '-0-', 'RUSSIA-EO14024'),
      sdnRow(91002, 'KELMIRO INDUSTRIAL GROUP', '-0-', 'RUSSIA-EO14024'),
      sdnRow(91003, 'BRANDVOLD, Eskil', 'individual', 'RUSSIA-EO14024'),
    ];
    await importList(app, 'test-sdn', v1);

    const hitsOf = async (partyType: 'organization' | 'person', partyId: number) =>
      (await app.screening.hits(member, { partyType, partyId, limit: 50, offset: 0 })).rows.filter(
        (h) => h.listName === 'test-sdn',
      );
    const [zHit] = await hitsOf('organization', zorvanta.id);
    expect(zHit).toMatchObject({
      status: 'open',
      entryId: '91001',
      entryName: 'ZORVANTA TRADING',
      partyName: 'Zorvanta Trading',
      entryChanged: false,
      entryRemoved: false,
    });
    expect(zHit.score).toBeGreaterThanOrEqual(app.screening.threshold);
    const [kHit] = await hitsOf('organization', kelmiro.id);
    expect(kHit.entryId).toBe('91002');
    expect((await hitsOf('person', person.id)).map((h) => h.entryId)).toEqual(['91003']);
    expect(await hitsOf('organization', ostravek.id)).toEqual([]);
    expect(await hitsOf('organization', bystander.id)).toEqual([]);
    expect((await app.screening.partyStatus(member, 'organization', bystander.id)).status).toBe('clear');
    expect((await app.screening.partyStatus(member, 'organization', zorvanta.id)).status).toBe('open');

    // A viewer reads the queue but may not decide; an analyst decides, and it is audited.
    await expect(app.screening.decide(member, zHit.id, { decision: 'match' })).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(app.screening.hits({ kind: 'anonymous' }, { limit: 5, offset: 0 })).rejects.toBeInstanceOf(
      Unauthenticated,
    );
    await expect(app.screening.decide(analyst, zHit.id, { decision: 'maybe' })).rejects.toBeInstanceOf(
      Invalid,
    );
    const decided = await app.screening.decide(analyst, zHit.id, {
      decision: 'not_match',
      note: 'other firm',
    });
    expect(decided).toMatchObject({
      status: 'not_match',
      note: 'other firm',
      decidedBy: 'user:9002:analyst (test)',
    });
    await app.screening.decide(analyst, kHit.id, { decision: 'match', note: 'same registration' });
    const audit = await app.db.kysely
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity_type', '=', 'screening_hit')
      .where('entity_id', '=', zHit.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].actor).toBe('user:9002:analyst (test)');
    expect((await app.screening.partyStatus(member, 'organization', kelmiro.id)).status).toBe('match');

    // The party changed, the entry did not: the decision holds, the pair is not asked again.
    await app.parties.updateOrganization(actor, zorvanta.id, { notes: 'checked' });
    expect(await hitsOf('organization', zorvanta.id)).toEqual([decided]);

    // Version 2: Zorvanta's entry changes (a new program), Kelmiro's stays, Ostravek is added.
    const before = await app.db.kysely
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', RESCREEN_JOB)
      .execute();
    await importList(app, 'test-sdn', [
      sdnRow(91001, 'ZORVANTA TRADING', '-0-', 'RUSSIA-EO14024] [IRAN'),
      v1[1],
      v1[2],
      sdnRow(91004, 'OSTRAVEK MACHINE WORKS', '-0-', 'BELARUS-EO14038'),
    ]);
    const jobs = await app.db.kysely
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', RESCREEN_JOB)
      .where(
        'id',
        'not in',
        before.map((j) => j.id),
      )
      .execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0].status).toBe('done');
    const rowIds = (JSON.parse(jobs[0].payload) as { entryRowIds: number[] }).entryRowIds;
    const entryIds = await app.db.kysely
      .selectFrom('watchlist_entries')
      .select('entry_id')
      .where('id', 'in', rowIds)
      .orderBy('entry_id')
      .execute();
    // Only what changed is screened again.
    expect(entryIds.map((e) => e.entry_id)).toEqual(['91001', '91004']);

    const [zAgain] = await hitsOf('organization', zorvanta.id);
    expect(zAgain).toMatchObject({ id: zHit.id, status: 'open', entryChanged: true, note: 'other firm' });
    expect(zAgain.decidedBy).toBe('user:9002:analyst (test)');
    const [kStill] = await hitsOf('organization', kelmiro.id);
    expect(kStill).toMatchObject({ id: kHit.id, status: 'match', entryChanged: false });
    expect((await hitsOf('organization', ostravek.id)).map((h) => [h.entryId, h.status])).toEqual([
      ['91004', 'open'],
    ]);
    expect(await hitsOf('organization', bystander.id)).toEqual([]);

    // Decided again on the new content: it holds for that content.
    const redecided = await app.screening.decide(analyst, zHit.id, { decision: 'match' });
    expect(redecided).toMatchObject({ status: 'match', entryChanged: false });

    // Version 3: Kelmiro's entry leaves the list; its hit stays, shown as removed.
    await importList(app, 'test-sdn', [v1[0].replace('RUSSIA-EO14024', 'RUSSIA-EO14024] [IRAN'), v1[2]]);
    const [kGone] = await hitsOf('organization', kelmiro.id);
    expect(kGone).toMatchObject({ id: kHit.id, status: 'match', entryRemoved: true });
    // Ostravek's entry left too, and it is no longer in the index: the party raises nothing new.
    await app.parties.updateOrganization(actor, ostravek.id, { aliases: ['Ostravek MW'] });
    expect((await hitsOf('organization', ostravek.id)).map((h) => h.entryRemoved)).toEqual([true]);
    // A match on an entry no longer listed no longer makes the party listed; the hit is still shown.
    const status = await app.screening.partyStatus(member, 'organization', kelmiro.id);
    expect(status.status).toBe('clear');
    expect(status.hits.map((h) => h.id)).toEqual([kHit.id]);
    // A deleted party's hits leave the queue, and come back when it is restored.
    const queued = async () =>
      (await app.screening.hits(member, { limit: 500, offset: 0 })).rows.map((h) => h.partyId);
    expect(await queued()).toContain(kelmiro.id);
    await app.parties.removeOrganization(actor, kelmiro.id);
    expect(await queued()).not.toContain(kelmiro.id);
    await app.parties.restoreOrganization(actor, kelmiro.id);
    expect(await queued()).toContain(kelmiro.id);
  });

  it('withdraws open hits a renamed party no longer scores on, keeps decided ones, and raises them again', async () => {
    const app = t().app;
    await importList(app, 'test-rename', [
      sdnRow(94001, 'NORDAVIK SIGNAL SYSTEMS', '-0-', 'RUSSIA-EO14024'),
      sdnRow(94002, 'TESSARO MICROWAVE', '-0-', 'RUSSIA-EO14024'),
    ]);
    const hitsOf = async (partyId: number) =>
      (
        await app.screening.hits(member, { partyType: 'organization', partyId, limit: 50, offset: 0 })
      ).rows.filter((h) => h.listName === 'test-rename');
    const open = await app.parties.createOrganization(actor, { name: 'Nordavik Signal Systems' });
    const decided = await app.parties.createOrganization(actor, { name: 'Tessaro Microwave' });
    const [openHit] = await hitsOf(open.id);
    expect(openHit).toMatchObject({ entryId: '94001', status: 'open' });
    const [decidedHit] = await hitsOf(decided.id);
    await app.screening.decide(analyst, decidedHit.id, { decision: 'not_match', note: 'another firm' });

    // The names were typed wrong: corrected, neither party scores on its entry any more.
    await app.parties.updateOrganization(actor, open.id, { name: 'Halvorsen Bakery Supplies' });
    await app.parties.updateOrganization(actor, decided.id, { name: 'Quentby Garden Tools' });
    expect(await hitsOf(open.id)).toEqual([]);
    expect((await app.screening.partyStatus(member, 'organization', open.id)).status).toBe('clear');
    // A decision is a record: it stays.
    expect((await hitsOf(decided.id)).map((h) => [h.id, h.status])).toEqual([[decidedHit.id, 'not_match']]);
    const actions = async (id: number) =>
      (
        await app.db.kysely
          .selectFrom('audit_log')
          .select('action')
          .where('entity_type', '=', 'screening_hit')
          .where('entity_id', '=', id)
          .orderBy('seq')
          .execute()
      ).map((a) => a.action);
    expect(await actions(openHit.id)).toEqual(['create', 'delete']);

    // Named so again: the same hit is back in the queue, open.
    await app.parties.updateOrganization(actor, open.id, { name: 'Nordavik Signal Systems' });
    expect((await hitsOf(open.id)).map((h) => [h.id, h.status, h.partyName])).toEqual([
      [openHit.id, 'open', 'Nordavik Signal Systems'],
    ]);
    expect((await actions(openHit.id)).slice(0, 3)).toEqual(['create', 'delete', 'restore']);
  });

  it('a screening failure does not undo the change of the party', async () => {
    const app = t().app;
    const hook = app.parties.onPartyChanged;
    app.parties.onPartyChanged = async () => {
      throw new Error('index unavailable (test)');
    };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const org = await app.parties.createOrganization(actor, { name: 'Harrowgate Optics (test)' });
      expect((await app.parties.getOrganization(actor, org.id)).name).toBe('Harrowgate Optics (test)');
      expect(errors).toHaveLength(1);
    } finally {
      app.parties.onPartyChanged = hook;
      console.error = log;
    }
  });

  it('screens names on request with ranked results and refuses what it cannot screen', async () => {
    const app = t().app;
    await importList(app, 'test-screen', [sdnRow(92001, 'VELTRANIC COMPONENTS', '-0-', 'RUSSIA-EO14024')]);
    const res = await app.screening.screen(member, {
      queries: { q1: { name: 'Veltranic Components', schema: 'Company' }, q2: { name: 'Plainfield Bakery' } },
      lists: ['test-screen'],
    });
    expect(res.threshold).toBe(app.screening.threshold);
    expect(res.responses.q1).toMatchObject({
      status: 200,
      query: { name: 'Veltranic Components' },
      total: 1,
    });
    expect(res.responses.q1.results[0]).toMatchObject({
      id: 'test-screen:92001',
      listName: 'test-screen',
      entryId: '92001',
      caption: 'VELTRANIC COMPONENTS',
      match: true,
    });
    expect(res.responses.q2.results.filter((r) => r.match)).toEqual([]);

    const many = Array.from({ length: 101 }, (_, i) => ({ name: `Name ${i}` }));
    await expect(app.screening.screen(member, { queries: many })).rejects.toMatchObject({
      problems: [{ path: 'queries' }],
    });
    await expect(
      app.screening.screen(member, { queries: [{ name: 'x'.repeat(10_000) }] }),
    ).rejects.toMatchObject({
      problems: [{ path: 'queries.0.name' }],
    });
    await expect(app.screening.screen(member, { queries: { a: { name: '.,;-!?' } } })).rejects.toMatchObject({
      problems: [{ path: 'queries.a.name' }],
    });
    await expect(
      app.screening.screen(member, { queries: [{ name: 'Veltranic' }], lists: ['no-such-list'] }),
    ).rejects.toMatchObject({ problems: [{ path: 'lists.0' }] });
    await expect(
      app.screening.screen({ kind: 'anonymous' }, { queries: [{ name: 'x' }] }),
    ).rejects.toBeInstanceOf(Unauthenticated);
  });
});
