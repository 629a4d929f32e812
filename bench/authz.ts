// `npm run bench -- authz` and `npm run bench -- authz-pg`: what access control costs per request. There is
// no switch that turns access control off in the product, so each figure stands beside its limit:
// 1. the access checks of core/access.ts over a realistic membership table (2,000 users, 5,000 cases,
//    1–300 memberships per user, 50 published cases), beside an empty function call and a bare Map
//    lookup; the per-request resolution of who is asking (token, session, grants: a few queries) beside a
//    one-row select; and a whole GET /api/items/:id through Fastify's inject beside the same
//    ItemService.get called directly as the local administrator;
// 2. GET /api/search under load (autocannon) on a real listening server (bench/authz-server.ts, which
//    also reports the server's own time per request) as an API token of a viewer of the big case and as
//    an anonymous reader of the same case (published), beside the search service called in the
//    benchmark's process (no HTTP, no authentication) as that viewer, as the anonymous reader, as the
//    same user's token limited to the big case and as the local administrator (no scope at all); then
//    each query alone as each of them;
// 3. argon2id: the parameters, the time of a hash and of a verify, and a whole sign-in.
// The data is synthetic (bench/generate.ts): fictional makers, part numbers, users and cases.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon, { type Result } from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { ARGON2_PARAMS, hashPassword, verifyPassword } from '../src/accounts/index.ts';
import { type App, openApp, resolveConfig } from '../src/app/index.ts';
import { assertCaseRead, assertCaseWrite, caseView, readScope } from '../src/core/access.ts';
import { type Actor, type CaseRole, localAdmin } from '../src/core/actor.ts';
import { buildServer } from '../src/server/index.ts';
import { generate, rng, SYNTHETIC_LABEL } from './generate.ts';
import { keepPgDatabase } from './import.ts';
import { describeLoad, describeMachine, LoadMonitor, type LoadSummary, machine } from './lib/machine.ts';
import { dataDir, dbDir, ensureOutDirs, log, saveResult, tmpDir } from './lib/report.ts';
import { createPgDatabase, pgAdmin, pgAdminUrl, pgUrlFor, pgVersion, repoRoot, tsx } from './lib/setup.ts';
import { fmt, median, percentile, table } from './lib/stats.ts';
import { searchQueries } from './search.ts';

export interface AuthzBenchOptions {
  dialect: 'sqlite' | 'postgres';
  rows: number;
  items: number;
  seed: number;
  runs: number;
  duration: number;
  connections: number;
  rebuild: boolean;
  database?: string;
}

const USERS = 2_000;
const CASES = 5_000;
const PUBLISHED = 50;
const MAX_MEMBERSHIPS = 300;
const RESTRICTED_ITEMS = 20;
const RESTRICTED_COMPONENTS = 100;
/** The micro-benchmarks' runs (their medians are reported). */
const MICRO_RUNS = 7;
const ARGON2_RUNS = 21;
/** Searches per minute the benchmark's server allows one user: high enough never to refuse one. */
const SEARCH_PER_MINUTE = 1_000_000_000;
const PASSWORD = 'synthetic benchmark password';

interface Manifest {
  rows: number;
  items: number;
  seed: number;
  by: string;
  bigCaseId: number;
  /** A viewer of the big case who is a member of 300 cases (a third each viewer, editor, owner). */
  heavy: { id: number; username: string };
  /** A viewer of the big case and of nothing else. */
  light: { id: number; username: string };
  heavyRoles: Record<CaseRole, number>;
  /** Items of the big case that are not restricted (the item reads rotate over them). */
  itemIds: number[];
  /** An item of the big case with notes and a source: a member's read of it is logged. */
  notesItemId: number;
  users: number;
  cases: number;
  memberships: number;
  membershipsPerUser: { min: number; median: number; p90: number; max: number };
  published: number;
  restrictedItems: number;
  restrictedComponents: number;
  database?: string;
  adminUrl?: string;
}

interface Target {
  dataDir: string;
  databaseUrl?: string;
  manifest: Manifest;
}

const dbPath = (o: AuthzBenchOptions) =>
  join(dbDir, `authz-${o.dialect}-rows${o.rows}-items${o.items}-seed${o.seed}`);

/** The database of an earlier run with the same parameters, or a new one. */
async function ensureDatabase(o: AuthzBenchOptions): Promise<Target> {
  const keep = dbPath(o);
  if (o.dialect === 'sqlite') {
    const manifestFile = join(keep, 'bench.json');
    if (!o.rebuild && existsSync(manifestFile))
      return { dataDir: keep, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest };
    rmSync(keep, { recursive: true, force: true });
    mkdirSync(keep, { recursive: true });
    const manifest = await build(o, keep, undefined);
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    return { dataDir: keep, manifest };
  }
  const adminUrl = pgAdminUrl(o.database);
  const dir = join(tmpDir, 'authz-pg');
  const manifestFile = `${keep}.json`;
  if (!o.rebuild && existsSync(manifestFile)) {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const url = pgUrlFor(adminUrl, m.database as string);
    const n = await pgAdmin(url, async (c) =>
      Number((await c.query('select count(*) as n from case_members')).rows[0].n),
    ).catch(() => -1);
    if (n === m.memberships) return { dataDir: dir, databaseUrl: url, manifest: m };
    log(`the kept database ${m.database} does not hold the expected memberships (${n}): rebuilding`);
  }
  const name = `bench_authz_r${o.rows}_s${o.seed}`;
  const url = await createPgDatabase(adminUrl, name);
  mkdirSync(dir, { recursive: true });
  const manifest = { ...(await build(o, dir, url)), database: name, adminUrl };
  await keepPgDatabase(manifestFile, adminUrl, manifest);
  return { dataDir: dir, databaseUrl: url, manifest };
}

/** The big case (the generated items and components, through the product's import), then users, small
 * cases and memberships through the product's audited bulk writer, 50 published cases, a few
 * restrictions in the big case, and one item with notes. */
async function build(o: AuthzBenchOptions, dir: string, url: string | undefined): Promise<Manifest> {
  const data = await generate({ dir: dataDir, rows: o.rows, items: o.items, seed: o.seed });
  const app = await openApp(resolveConfig({ data: dir, database: url }));
  try {
    const w = app.writer;
    const big = await app.cases.create(localAdmin, {
      title: 'Benchmark case: the big one',
      summary: SYNTHETIC_LABEL,
    });
    for (const [kind, path] of [
      ['items', data.itemsCsv],
      ['components', data.componentsCsv],
    ] as const) {
      log(`building the ${o.dialect} database: importing ${kind} into the big case …`);
      const started = performance.now();
      const r = await app.imports.run(localAdmin, { kind, path, caseId: big.id });
      if (r.added === 0) throw new Error(`no ${kind} were imported`);
      log(`  ${fmt(r.added)} ${kind} in ${fmt((performance.now() - started) / 1000, 1)} s`);
    }

    log('users, cases and memberships …');
    const r = rng(o.seed + 31);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    // Two users who can sign in (a password hash each); the others are rows only.
    const addUser = async (username: string) => {
      const { user, password } = await app.users.add(localAdmin, { username, instanceRole: 'member' });
      const actor = await app.grants.userActor(user);
      await app.users.changePassword(actor, { currentPassword: password, newPassword: PASSWORD });
      return { id: user.id, username };
    };
    const heavy = await addUser('bench-viewer-many');
    const light = await addUser('bench-viewer-one');
    const now = new Date().toISOString();
    const chunks = <T>(xs: T[], n = 500) =>
      Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

    const userIds = await w.transaction(async (trx) => {
      const bulk = app.audit.bulk(trx, localAdmin, 'user');
      const values = Array.from({ length: USERS - 2 }, (_, i) => ({
        username: `bench-user-${String(i + 1).padStart(4, '0')}`,
        display_name: `Synthetic user ${i + 1}`,
        instance_role: r() < 0.1 ? 'analyst' : 'member',
        must_change_password: 0,
        password_changed_at: now,
        disabled_at: null,
      }));
      const ids: number[] = [];
      for (const c of chunks(values))
        ids.push(...(await w.createMany(trx, bulk, 'user', c)).map((u) => u.id));
      await bulk.finish('import', { by: 'authz benchmark', note: SYNTHETIC_LABEL, users: ids.length });
      return ids;
    });

    // 49 small cases published, and the big one: 50.
    const publishedSmall = new Set<number>();
    while (publishedSmall.size < PUBLISHED - 1) publishedSmall.add(Math.floor(r() * (CASES - 1)));
    const smallIds = await w.transaction(async (trx) => {
      const bulk = app.audit.bulk(trx, localAdmin, 'case');
      const values = Array.from({ length: CASES - 1 }, (_, i) => ({
        title: `Synthetic case ${i + 1}`,
        summary: SYNTHETIC_LABEL,
        status: publishedSmall.has(i) ? 'published' : 'open',
        is_demo: 0,
      }));
      const ids: number[] = [];
      for (const c of chunks(values))
        ids.push(...(await w.createMany(trx, bulk, 'case', c)).map((x) => x.id));
      await bulk.finish('import', { by: 'authz benchmark', note: SYNTHETIC_LABEL, cases: ids.length });
      await w.update(trx, localAdmin, 'case', big.id, { status: 'published' });
      return ids;
    });
    const allCases = [big.id, ...smallIds];

    // Memberships per user: log-uniform between 1 and 300 (median about 17), cases drawn at random;
    // the first user owns the big case.
    const members: { case_id: number; user_id: number; role: CaseRole }[] = [];
    const perUser: number[] = [];
    const role = (): CaseRole => {
      const x = r();
      return x < 0.5 ? 'viewer' : x < 0.8 ? 'editor' : 'owner';
    };
    userIds.forEach((userId, u) => {
      const count = Math.min(MAX_MEMBERSHIPS, Math.floor(Math.exp(r() * Math.log(MAX_MEMBERSHIPS + 1))));
      const chosen = new Set<number>(u === 0 ? [big.id] : []);
      while (chosen.size < count) chosen.add(pick(allCases));
      for (const caseId of chosen)
        members.push({
          case_id: caseId,
          user_id: userId,
          role: u === 0 && caseId === big.id ? 'owner' : role(),
        });
      perUser.push(chosen.size);
    });
    const heavyRoles: Record<CaseRole, number> = { viewer: 1, editor: 0, owner: 0 };
    members.push({ case_id: big.id, user_id: heavy.id, role: 'viewer' });
    const heavyCases = new Set<number>();
    while (heavyCases.size < MAX_MEMBERSHIPS - 1) heavyCases.add(pick(smallIds));
    [...heavyCases].forEach((caseId, i) => {
      const rl: CaseRole = (['viewer', 'editor', 'owner'] as const)[i % 3];
      heavyRoles[rl]++;
      members.push({ case_id: caseId, user_id: heavy.id, role: rl });
    });
    members.push({ case_id: big.id, user_id: light.id, role: 'viewer' });
    perUser.push(MAX_MEMBERSHIPS, 1);
    await w.transaction(async (trx) => {
      const bulk = app.audit.bulk(trx, localAdmin, 'case_member');
      for (const c of chunks(members)) await w.createMany(trx, bulk, 'case_member', c);
      await bulk.finish('import', {
        by: 'authz benchmark',
        note: SYNTHETIC_LABEL,
        memberships: members.length,
      });
    });

    log('restrictions and an item with notes in the big case …');
    const k = app.db.kysely;
    const itemIds = (
      await k.selectFrom('recovered_items').select('id').where('case_id', '=', big.id).orderBy('id').execute()
    ).map((x) => x.id);
    const componentIds = (
      await k.selectFrom('components').select('id').where('case_id', '=', big.id).orderBy('id').execute()
    ).map((x) => x.id);
    const restrictedItems = new Set<number>();
    while (restrictedItems.size < RESTRICTED_ITEMS) restrictedItems.add(pick(itemIds));
    const restrictedComponents = new Set<number>();
    while (restrictedComponents.size < RESTRICTED_COMPONENTS) restrictedComponents.add(pick(componentIds));
    for (const id of restrictedItems)
      await app.restrictions.restrict(localAdmin, big.id, {
        entityType: 'item',
        entityId: id,
        reason: 'synthetic benchmark restriction',
      });
    for (const id of restrictedComponents)
      await app.restrictions.restrict(localAdmin, big.id, {
        entityType: 'component',
        entityId: id,
        reason: 'synthetic benchmark restriction',
      });
    const notes = await app.items.create(localAdmin, {
      caseId: big.id,
      itemType: 'uav',
      externalRef: 'SYN-NOTES-1',
      designationMarked: 'Vetra-3',
      recoveredAt: '2024-03-07',
      latitude: 48.5,
      longitude: 35.1,
      country: 'UA',
      source: 'synthetic benchmark source',
      notes: 'synthetic benchmark notes',
    });
    const open = itemIds.filter((id) => !restrictedItems.has(id));
    const sample: number[] = [];
    for (let i = 0; i < 1000; i++) sample.push(open[Math.floor(r() * open.length)]);
    const sorted = [...perUser].sort((a, b) => a - b);
    return {
      rows: o.rows,
      items: o.items,
      seed: o.seed,
      by: 'authz benchmark',
      bigCaseId: big.id,
      heavy,
      light,
      heavyRoles,
      itemIds: sample,
      notesItemId: notes.id,
      users: USERS,
      cases: CASES,
      memberships: members.length,
      membershipsPerUser: {
        min: sorted[0],
        median: median(sorted),
        p90: percentile(sorted, 90),
        max: sorted[sorted.length - 1],
      },
      published: PUBLISHED,
      restrictedItems: RESTRICTED_ITEMS,
      restrictedComponents: RESTRICTED_COMPONENTS,
    };
  } finally {
    await app.close();
  }
}

// --- micro-benchmarks -------------------------------------------------------------------------------

/** Every measured call's result lands here, so that the compiler cannot drop the call. */
let sink: unknown;
export const lastResult = (): unknown => sink;

interface Variant<F> {
  name: string;
  what: string;
  f: F;
}

interface Timing {
  name: string;
  what: string;
  /** Per run: ns per operation (sync) or µs per operation (async). */
  runs: number[];
  median: number;
  /** Operations in each run. */
  n: number;
}

/** Each variant calibrated to about `targetMs` a run, then `runs` rounds with the variants alternating. */
function timeSync(variants: Variant<(i: number) => unknown>[], runs: number, targetMs = 150): Timing[] {
  const counts = variants.map((v) => {
    let n = 1024;
    for (;;) {
      const t = performance.now();
      for (let i = 0; i < n; i++) sink = v.f(i);
      const el = performance.now() - t;
      if (el >= 25) return Math.max(1024, Math.round((n * targetMs) / el));
      n *= 4;
    }
  });
  const per: number[][] = variants.map(() => []);
  for (let r = 0; r < runs; r++)
    variants.forEach((v, j) => {
      const n = counts[j];
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) sink = v.f(i);
      per[j].push(Number(process.hrtime.bigint() - t) / n);
    });
  return variants.map((v, j) => ({
    name: v.name,
    what: v.what,
    runs: per[j],
    median: median(per[j]),
    n: counts[j],
  }));
}

async function timeAsync(
  variants: Variant<(i: number) => Promise<unknown>>[],
  runs: number,
  targetMs = 300,
): Promise<Timing[]> {
  const counts: number[] = [];
  for (const v of variants) {
    // Warm-up and calibration: as many calls as fit in 100 ms.
    const t = performance.now();
    let n = 0;
    while (performance.now() - t < 100 || n < 5) sink = await v.f(n++);
    counts.push(Math.max(5, Math.round((n * targetMs) / (performance.now() - t))));
  }
  const per: number[][] = variants.map(() => []);
  for (let r = 0; r < runs; r++)
    for (const [j, v] of variants.entries()) {
      const n = counts[j];
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) sink = await v.f(i);
      per[j].push(Number(process.hrtime.bigint() - t) / n / 1000);
    }
  return variants.map((v, j) => ({
    name: v.name,
    what: v.what,
    runs: per[j],
    median: median(per[j]),
    n: counts[j],
  }));
}

interface Micro {
  checks: Timing[];
  resolution: Timing[];
  request: Timing[];
  load: LoadSummary;
  heavyScope: { full: number; published: number };
  lightScope: { full: number; published: number };
}

async function micro(app: App, m: Manifest, runs: number): Promise<Micro> {
  const monitor = new LoadMonitor();
  const heavyUser = await app.users.get(localAdmin, m.heavy.id);
  const lightUser = await app.users.get(localAdmin, m.light.id);
  const heavy = await app.grants.userActor(heavyUser);
  const light = await app.grants.userActor(lightUser);
  if (heavy.kind !== 'user') throw new Error('expected a user actor');
  const anonymous = await app.grants.anonymous();
  const g = heavy.grants;
  const mine = [...g.cases.keys()];
  const ofRole = (rl: CaseRole) => mine.filter((id) => g.cases.get(id) === rl);
  const publishedOnly = [...g.published].filter((id) => !g.cases.has(id));
  const neither: number[] = [];
  for (let id = 1; neither.length < 1000; id++)
    if (!g.cases.has(id) && !g.published.has(id)) neither.push(id);
  // 1,024 case ids of each kind, in rotation, so that no call site sees one constant.
  const rot = (ids: number[]) => Array.from({ length: 1024 }, (_, i) => ids[(i * 7919) % ids.length]);
  const member = rot(mine);
  const editor = rot([...ofRole('editor'), ...ofRole('owner')]);
  const viewer = rot(ofRole('viewer'));
  const pub = rot(publishedOnly);
  const none = rot(neither);
  const noop = (_a: Actor, id: number) => id;
  const cases = g.cases;
  const heavyScope = readScope(heavy);
  const lightScope = readScope(light);
  if (heavyScope.all || lightScope.all) throw new Error('expected a limited scope');
  log('access checks (ns per call) …');
  const checks = timeSync(
    [
      {
        name: 'empty function call',
        what: 'the floor: `(actor, id) => id`',
        f: (i) => noop(heavy, member[i & 1023]),
      },
      {
        name: 'bare Map lookup',
        what: "`grants.cases.get(id)` on the user's 300-entry map",
        f: (i) => cases.get(member[i & 1023]),
      },
      {
        name: '`caseView`, member',
        what: "a case the user is a member of → 'full'",
        f: (i) => caseView(heavy, member[i & 1023]),
      },
      {
        name: '`caseView`, published',
        what: "a published case the user is not a member of → 'published'",
        f: (i) => caseView(heavy, pub[i & 1023]),
      },
      {
        name: '`caseView`, neither',
        what: 'a case the user may not see → null',
        f: (i) => caseView(heavy, none[i & 1023]),
      },
      {
        name: '`caseView`, local administrator',
        what: "the CLI → 'full' without a lookup",
        f: (i) => caseView(localAdmin, member[i & 1023]),
      },
      {
        name: '`assertCaseRead`, allowed',
        what: 'a member case',
        f: (i) => assertCaseRead(heavy, member[i & 1023], 'recovered item', i),
      },
      {
        name: '`assertCaseRead`, refused',
        what: 'a case the user may not see: throws NotFound (caught)',
        f: (i) => {
          try {
            return assertCaseRead(heavy, none[i & 1023], 'recovered item', i);
          } catch (e) {
            return e;
          }
        },
      },
      {
        name: '`assertCaseWrite`, allowed',
        what: 'a case where the user is editor or owner',
        f: (i) => assertCaseWrite(heavy, editor[i & 1023], 'recovered item', i),
      },
      {
        name: '`assertCaseWrite`, refused',
        what: 'a case where the user is viewer: throws Forbidden (caught)',
        f: (i) => {
          try {
            return assertCaseWrite(heavy, viewer[i & 1023], 'recovered item', i);
          } catch (e) {
            return e;
          }
        },
      },
      {
        name: '`readScope`, 300 memberships',
        what: `${heavyScope.full.length} cases in full, ${heavyScope.published.length} published (arrays built per call)`,
        f: () => readScope(heavy),
      },
      {
        name: '`readScope`, 1 membership',
        what: `${lightScope.full.length} case in full, ${lightScope.published.length} published`,
        f: () => readScope(light),
      },
    ],
    runs,
  );
  for (const t of checks) log(`  ${t.name.padEnd(36)} ${fmt(t.median, 1)} ns`);

  // Per request: who is asking.
  const { secret: tokenSecret } = await app.tokens.createFor(localAdmin, m.heavy.id, {
    name: `authz benchmark ${new Date().toISOString()}`,
    scope: 'read',
    expiresInDays: 1,
  });
  const { secret: sessionSecret } = await app.sessions.login(
    { username: m.heavy.username, password: PASSWORD },
    { address: '127.0.0.1', userAgent: 'authz benchmark' },
  );
  const found = await app.tokens.resolve(tokenSecret);
  if (!found) throw new Error('the benchmark token does not resolve');
  const k = app.db.kysely;
  const ids = m.itemIds;
  log('per-request resolution (µs per call) …');
  const resolution = await timeAsync(
    [
      {
        name: 'one-row select (the floor)',
        what: '`select id from users where id = ?` through Kysely',
        f: (i) =>
          k
            .selectFrom('users')
            .select('id')
            .where('id', '=', i % 2 ? m.heavy.id : m.light.id)
            .executeTakeFirst(),
      },
      {
        name: '`TokenService.resolve`',
        what: 'the token by its SHA-256, then its user: 2 queries',
        f: () => app.tokens.resolve(tokenSecret),
      },
      {
        name: '`SessionService.resolve`',
        what: 'the session by its SHA-256, then its user: 2 queries (and a write at most once a minute)',
        f: () => app.sessions.resolve(sessionSecret),
      },
      {
        name: '`GrantsService.grants`, 300 memberships',
        what: 'memberships (300 rows) and published cases (50 rows): 2 queries',
        f: () => app.grants.grants(heavyUser, found.token),
      },
      {
        name: '`GrantsService.grants`, 1 membership',
        what: 'memberships (1 row) and published cases (50 rows): 2 queries',
        f: () => app.grants.grants(lightUser),
      },
      {
        name: '`GrantsService.anonymous`',
        what: 'published cases (50 rows): 1 query',
        f: () => app.grants.anonymous(),
      },
    ],
    runs,
  );
  for (const t of resolution) log(`  ${t.name.padEnd(40)} ${fmt(t.median, 1)} µs`);

  // The request itself.
  const server: FastifyInstance = await buildServer(app);
  const tokenActor = await app.grants.tokenActor(found.user, found.token);
  const bearer = { authorization: `Bearer ${tokenSecret}` };
  const cookie = { cookie: `td_session=${sessionSecret}` };
  const inject = async (url: string, headers: Record<string, string>) => {
    const res = await server.inject({ method: 'GET', url, headers });
    if (res.statusCode !== 200 && !url.startsWith('/api/no-such'))
      throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
    return res.body.length;
  };
  const item = (i: number) => ids[i % ids.length];
  let request: Timing[];
  try {
    log('GET /api/items/:id (µs per request) …');
    request = await timeAsync(
      [
        {
          name: '`ItemService.get`, local administrator',
          what: 'called directly: no HTTP, no authentication, no scope',
          f: (i) => app.items.get(localAdmin, item(i)),
        },
        {
          name: '`ItemService.get`, viewer (grants resolved)',
          what: 'called directly as the token viewer, its grants already resolved',
          f: (i) => app.items.get(tokenActor, item(i)),
        },
        {
          name: '`ItemService.get`, anonymous (published view)',
          what: 'called directly: restriction check and redaction',
          f: (i) => app.items.get(anonymous, item(i)),
        },
        {
          name: 'HTTP, unknown URL (404)',
          what: "Fastify's floor through inject: no route, no query",
          f: () => inject('/api/no-such-route', {}),
        },
        {
          name: 'HTTP, API token (viewer)',
          what: '`Authorization: Bearer tdt_…` of the viewer with 300 memberships',
          f: (i) => inject(`/api/items/${item(i)}`, bearer),
        },
        {
          name: 'HTTP, session cookie (viewer)',
          what: 'the same user signed in (`td_session` cookie)',
          f: (i) => inject(`/api/items/${item(i)}`, cookie),
        },
        {
          name: 'HTTP, anonymous (published view)',
          what: 'no credential: the published, redacted item',
          f: (i) => inject(`/api/items/${item(i)}`, {}),
        },
        {
          name: 'HTTP, API token, item with notes',
          what: "a member's read of restricted fields: an audit `read` event is written",
          f: () => inject(`/api/items/${m.notesItemId}`, bearer),
        },
      ],
      runs,
    );
  } finally {
    await server.close();
  }
  for (const t of request) log(`  ${t.name.padEnd(48)} ${fmt(t.median, 1)} µs`);
  return {
    checks,
    resolution,
    request,
    load: monitor.stop(),
    heavyScope: { full: heavyScope.full.length, published: heavyScope.published.length },
    lightScope: { full: lightScope.full.length, published: lightScope.published.length },
  };
}

// --- argon2 -----------------------------------------------------------------------------------------

interface Argon2Result {
  hashMs: number[];
  verifyMs: number[];
  signInMs: number[];
  parallel: { concurrency: number; verifies: number; seconds: number; perSecond: number };
  threadpool: number;
  load: LoadSummary;
}

async function argon2(app: App, m: Manifest): Promise<Argon2Result> {
  const monitor = new LoadMonitor();
  const ms = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  log(`argon2id: ${ARGON2_RUNS} hashes, ${ARGON2_RUNS} verifies, ${ARGON2_RUNS} sign-ins …`);
  const stored = await hashPassword(PASSWORD);
  const hashMs: number[] = [];
  const verifyMs: number[] = [];
  for (let i = 0; i < ARGON2_RUNS; i++) {
    hashMs.push(await ms(() => hashPassword(`${PASSWORD} ${i}`)));
    verifyMs.push(
      await ms(async () => {
        if (!(await verifyPassword(stored, PASSWORD))) throw new Error('verify failed');
      }),
    );
  }
  // A whole sign-in: throttle check, user, hash, verify, session row and audit event.
  const signInMs: number[] = [];
  for (let i = 0; i < ARGON2_RUNS; i++)
    signInMs.push(
      await ms(() =>
        app.sessions.login(
          { username: m.heavy.username, password: PASSWORD },
          { address: '127.0.0.1', userAgent: 'authz benchmark' },
        ),
      ),
    );
  // As many verifies at once as the machine has CPUs: sign-ins per second on the whole machine.
  const concurrency = cpus().length;
  const rounds = 10;
  const t = performance.now();
  for (let r = 0; r < rounds; r++)
    await Promise.all(Array.from({ length: concurrency }, () => verifyPassword(stored, PASSWORD)));
  const seconds = (performance.now() - t) / 1000;
  log(
    `  hash ${fmt(median(hashMs), 1)} ms, verify ${fmt(median(verifyMs), 1)} ms, sign-in ${fmt(median(signInMs), 1)} ms, ${fmt((rounds * concurrency) / seconds, 1)} verifies/s with ${concurrency} at once`,
  );
  return {
    hashMs,
    verifyMs,
    signInMs,
    parallel: {
      concurrency,
      verifies: rounds * concurrency,
      seconds,
      perSecond: (rounds * concurrency) / seconds,
    },
    threadpool: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
    load: monitor.stop(),
  };
}

// --- search under load ------------------------------------------------------------------------------

/** bench/authz-server.ts in a child process: the product's server, and a side port with its own times. */
async function startServer(t: Target): Promise<{ child: ChildProcess; url: string; statsUrl: string }> {
  const args = [`${repoRoot}bench/authz-server.ts`, t.dataDir, ...(t.databaseUrl ? [t.databaseUrl] : [])];
  const child = spawn(tsx, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TEARDOWN_SEARCH_PER_MINUTE: String(SEARCH_PER_MINUTE) },
  });
  let output = '';
  const urls = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in 120 s:\n${output}`)),
      120_000,
    );
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /running at (http:\/\/[^/\s]+)\/ stats at (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve([match[1], match[2]]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { child, url: urls[0], statsUrl: urls[1] };
}

/** The server's own time per request (ms) since the last call. */
async function serverTimes(statsUrl: string): Promise<number[]> {
  return (await (await fetch(statsUrl)).json()) as number[];
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

interface LoadRun {
  side: string;
  run: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  perSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  loadBefore: number;
  /** HTTP only: the server's own time per request, from the parsed request to the sent response. */
  serverP50?: number;
  serverP99?: number;
}

interface Side {
  name: string;
  what: string;
  go(run: number, duration: number): Promise<LoadRun>;
}

function httpSide(
  name: string,
  what: string,
  url: string,
  headers: Record<string, string>,
  queries: string[],
  connections: number,
  statsUrl: string,
): Side {
  return {
    name,
    what,
    async go(run, duration) {
      const loadBefore = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
      await serverTimes(statsUrl);
      let next = 0;
      const r: Result = await autocannon({
        url,
        connections,
        duration,
        requests: [
          {
            method: 'GET',
            headers,
            setupRequest: (req) => ({
              ...req,
              path: `/api/search?q=${encodeURIComponent(queries[next++ % queries.length])}`,
            }),
          },
        ],
      });
      const own = await serverTimes(statsUrl);
      return {
        side: name,
        run,
        serverP50: percentile(own, 50),
        serverP99: percentile(own, 99),
        p50: r.latency.p50,
        p97_5: r.latency.p97_5,
        p99: r.latency.p99,
        max: r.latency.max,
        perSecond: r.requests.average,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        loadBefore,
      };
    },
  };
}

/** The search service in this process, `workers` calls in flight at a time like autocannon's connections. */
function inProcessSide(
  name: string,
  what: string,
  app: App,
  actor: Actor,
  queries: string[],
  workers: number,
): Side {
  return {
    name,
    what,
    async go(run, duration) {
      const loadBefore = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
      const lat: number[] = [];
      let next = 0;
      let errors = 0;
      const start = performance.now();
      const end = start + duration * 1000;
      await Promise.all(
        Array.from({ length: workers }, async () => {
          while (performance.now() < end) {
            const q = queries[next++ % queries.length];
            const t = performance.now();
            try {
              await app.search.search(actor, q);
            } catch {
              errors++;
            }
            lat.push(performance.now() - t);
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      return {
        side: name,
        run,
        p50: percentile(lat, 50),
        p97_5: percentile(lat, 97.5),
        p99: percentile(lat, 99),
        max: Math.max(...lat),
        perSecond: lat.length / seconds,
        requests: lat.length,
        non2xx: 0,
        errors,
        loadBefore,
      };
    },
  };
}

interface SearchLoad {
  sides: { name: string; what: string }[];
  runs: LoadRun[];
  hits: { q: string; viewer: number; anonymous: number }[];
  load: LoadSummary;
  single: { actors: string[]; timings: QueryTiming[] };
}

async function searchLoad(o: AuthzBenchOptions, t: Target): Promise<SearchLoad> {
  const m = t.manifest;
  const queries = searchQueries(o.seed).map((q) => q.q);
  const app = await openApp(resolveConfig({ data: t.dataDir, database: t.databaseUrl }));
  log('starting the server …');
  const { child, url, statsUrl } = await startServer(t);
  const monitor = new LoadMonitor();
  const runs: LoadRun[] = [];
  const hits: SearchLoad['hits'] = [];
  try {
    const { secret } = await app.tokens.createFor(localAdmin, m.heavy.id, {
      name: `authz benchmark search ${new Date().toISOString()}`,
      scope: 'read',
      expiresInDays: 1,
    });
    const bearer = { authorization: `Bearer ${secret}` };
    const found = await app.tokens.resolve(secret);
    if (!found) throw new Error('the benchmark token does not resolve');
    const viewer = await app.grants.tokenActor(found.user, found.token);
    const anonymous = await app.grants.anonymous();
    // The same user's token limited to the big case: the same full view of it, a read scope of one case.
    const limitedToken = await app.tokens.createFor(localAdmin, m.heavy.id, {
      name: `authz benchmark search, big case only ${new Date().toISOString()}`,
      scope: 'read',
      caseId: m.bigCaseId,
      expiresInDays: 1,
    });
    const limited = await app.grants.tokenActor(found.user, limitedToken.token);
    for (const q of queries) {
      const get = async (headers: Record<string, string>) => {
        const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}`, { headers });
        if (res.status !== 200)
          throw new Error(`GET /api/search?q=${q} answered ${res.status}: ${await res.text()}`);
        return ((await res.json()) as { hits: unknown[] }).hits.length;
      };
      hits.push({ q, viewer: await get(bearer), anonymous: await get({}) });
    }
    const c = o.connections;
    const sides: Side[] = [
      httpSide(
        'HTTP, API token (viewer)',
        `the viewer's API token, ${c} connections`,
        url,
        bearer,
        queries,
        c,
        statsUrl,
      ),
      httpSide(
        'HTTP, anonymous (published)',
        `no credential, ${c} connections`,
        url,
        {},
        queries,
        c,
        statsUrl,
      ),
      inProcessSide(
        'in-process, viewer',
        `\`SearchService.search\` as the token viewer, ${c} calls in flight`,
        app,
        viewer,
        queries,
        c,
      ),
      inProcessSide(
        'in-process, anonymous',
        `as the anonymous reader, ${c} calls in flight`,
        app,
        anonymous,
        queries,
        c,
      ),
      inProcessSide(
        'in-process, token limited to the big case',
        `as the same user's token limited to the big case (scope: 1 case), ${c} calls in flight`,
        app,
        limited,
        queries,
        c,
      ),
      inProcessSide(
        'in-process, local administrator',
        `as the local administrator (no scope), ${c} calls in flight`,
        app,
        localAdmin,
        queries,
        c,
      ),
    ];
    log('warm-up: 3 s per side');
    for (const s of sides) await s.go(0, 3);
    for (let r = 1; r <= o.runs; r++) {
      // The order of the sides turns every round, so that no side always runs first.
      const order = sides.map((_, i) => sides[(i + r - 1) % sides.length]);
      for (const s of order) {
        const res = await s.go(r, o.duration);
        runs.push(res);
        log(
          `  run ${r}/${o.runs} ${s.name.padEnd(32)} p50 ${fmt(res.p50, 1)} ms, p99 ${fmt(res.p99, 1)} ms, ${fmt(res.perSecond)} req/s, non-2xx ${res.non2xx}, errors ${res.errors}`,
        );
      }
    }
    await stopServer(child);
    const load = monitor.stop();
    log('each query alone, as each actor (median of 5) …');
    const single = await perQuery(app, searchQueries(o.seed), [
      ['local administrator', localAdmin],
      ['token limited to the big case', limited],
      ['viewer (300 memberships)', viewer],
      ['anonymous (published)', anonymous],
    ]);
    return { sides: sides.map((s) => ({ name: s.name, what: s.what })), runs, hits, load, single };
  } finally {
    await stopServer(child);
    await app.close();
  }
}

interface QueryTiming {
  kind: string;
  q: string;
  /** Median ms per actor, in the order of `actors`. */
  ms: number[];
}

/** Each query alone, one call at a time: the service time of a search as each actor. */
async function perQuery(
  app: App,
  queries: { kind: string; q: string }[],
  actors: [string, Actor][],
): Promise<{ actors: string[]; timings: QueryTiming[] }> {
  const timings: QueryTiming[] = [];
  for (const { kind, q } of queries) {
    const ms: number[] = [];
    for (const [, actor] of actors) {
      await app.search.search(actor, q);
      const t: number[] = [];
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        await app.search.search(actor, q);
        t.push(performance.now() - s);
      }
      ms.push(median(t));
    }
    timings.push({ kind, q, ms });
  }
  return { actors: actors.map(([n]) => n), timings };
}

// --- the benchmark ----------------------------------------------------------------------------------

export async function authzBench(o: AuthzBenchOptions): Promise<void> {
  ensureOutDirs();
  const mach = machine();
  if (o.dialect === 'postgres') mach.postgres = await pgVersion(pgAdminUrl(o.database));
  const target = await ensureDatabase(o);
  const m = target.manifest;
  const microRuns = Math.max(MICRO_RUNS, o.runs);
  const app = await openApp(resolveConfig({ data: target.dataDir, database: target.databaseUrl }));
  let mic: Micro;
  let arg: Argon2Result;
  try {
    mic = await micro(app, m, microRuns);
    arg = await argon2(app, m);
  } finally {
    await app.close();
  }
  const search = await searchLoad(o, target);
  const md = report(o, mach, m, microRuns, mic, arg, search);
  const name = o.dialect === 'sqlite' ? 'authz' : 'authz-pg';
  const base = saveResult(
    name,
    {
      options: o,
      machine: mach,
      manifest: { ...m, itemIds: m.itemIds.length },
      micro: mic,
      argon2: arg,
      search,
    },
    md,
  );
  process.stdout.write(`${md}\n`);
  log(`results: ${base}.{json,md}`);
}

function report(
  o: AuthzBenchOptions,
  mach: ReturnType<typeof machine>,
  m: Manifest,
  microRuns: number,
  mic: Micro,
  arg: Argon2Result,
  search: SearchLoad,
): string {
  const name = o.dialect === 'sqlite' ? 'authz' : 'authz-pg';
  const flags = [
    o.rows !== 200_000 ? `--rows ${o.rows}` : '',
    o.items !== 2_000 ? `--items ${o.items}` : '',
    o.runs !== 3 ? `--runs ${o.runs}` : '',
    o.duration !== 10 ? `--duration ${o.duration}` : '',
    o.connections !== 50 ? `--connections ${o.connections}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const range = (v: number[], d: number) => `${fmt(Math.min(...v), d)}–${fmt(Math.max(...v), d)}`;
  const by = (ts: Timing[], n: string) => ts.find((t) => t.name === n) as Timing;
  const floorNs = by(mic.checks, 'empty function call').median;
  const mapNs = by(mic.checks, 'bare Map lookup').median;
  const selectUs = by(mic.resolution, 'one-row select (the floor)').median;
  const req = (n: string) => by(mic.request, n).median;
  const direct = req('`ItemService.get`, local administrator');
  const tokenReq = req('HTTP, API token (viewer)');
  const tokenUs = by(mic.resolution, '`TokenService.resolve`').median;
  const grantsUs = by(mic.resolution, '`GrantsService.grants`, 300 memberships').median;
  const scopedGet = req('`ItemService.get`, viewer (grants resolved)') - direct;
  const authz = tokenUs + grantsUs;
  const floorUs = req('HTTP, unknown URL (404)');
  const side = (s: string) => search.runs.filter((r) => r.side === s);
  const mid = (s: string, f: (r: LoadRun) => number) => median(side(s).map(f));
  const adminPerSecond = mid('in-process, local administrator', (r) => r.perSecond);
  const hashMed = median(arg.hashMs);
  const verifyMed = median(arg.verifyMs);
  const hitsDiffer = search.hits.filter((h) => h.viewer !== h.anonymous);
  return [
    `### \`npm run bench -- ${name}${flags ? ` ${flags}` : ''}\``,
    '',
    `- Date: ${mach.date}`,
    `- Machine: ${describeMachine(mach)}`,
    `- Data (synthetic): ${fmt(m.users)} users, ${fmt(m.cases)} cases, ${fmt(m.memberships)} memberships (per user: min ${m.membershipsPerUser.min}, median ${fmt(m.membershipsPerUser.median)}, 90th percentile ${m.membershipsPerUser.p90}, max ${m.membershipsPerUser.max}; log-uniform between 1 and 300), ${m.published} published cases; the big case (published) holds ${fmt(m.items + 1)} items and ${fmt(m.rows)} components (seed ${m.seed}, built by the product's import), ${m.restrictedItems} items and ${m.restrictedComponents} components of it restricted`,
    `- The viewer: a member of ${mic.heavyScope.full} cases (viewer of the big case; ${m.heavyRoles.viewer} viewer, ${m.heavyRoles.editor} editor, ${m.heavyRoles.owner} owner), so its read scope is ${mic.heavyScope.full} cases in full and ${mic.heavyScope.published} in their published form; its API token has scope \`read\` and no case limit`,
    `- Load during the micro-benchmarks: ${describeLoad(mic.load)}`,
    `- Load during argon2: ${describeLoad(arg.load)}`,
    `- Load during the search runs: ${describeLoad(search.load)}. autocannon runs in the benchmark's process on the same machine as the server${o.dialect === 'postgres' ? ' and PostgreSQL' : ''}.`,
    '',
    `The access checks of \`src/core/access.ts\`, as the viewer with 300 memberships (a user actor), in a loop over 1,024 case ids of each kind; ${microRuns} runs of about 150 ms each, the variants alternating; ns per call:`,
    '',
    table(
      ['check', 'what', 'ns per call (median)', 'runs (min–max)', '× empty call', '× Map lookup'],
      mic.checks.map((t) => [
        t.name,
        t.what,
        fmt(t.median, 1),
        range(t.runs, 1),
        `${fmt(t.median / floorNs, 1)}×`,
        `${fmt(t.median / mapNs, 1)}×`,
      ]),
    ),
    '',
    `Who is asking, resolved once per request (one call after another, ${microRuns} runs of about 300 ms, alternating); µs per call:`,
    '',
    table(
      ['step', 'what', 'µs per call (median)', 'runs (min–max)', '× one-row select'],
      mic.resolution.map((t) => [
        t.name,
        t.what,
        fmt(t.median, 1),
        range(t.runs, 1),
        `${fmt(t.median / selectUs, 1)}×`,
      ]),
    ),
    '',
    `A whole request, \`GET /api/items/:id\` (1,000 unrestricted items of the big case in rotation) through \`server.inject\` (Fastify in this process, no socket), beside \`ItemService.get\` called directly; ${microRuns} runs of about 300 ms, alternating; µs per request:`,
    '',
    table(
      ['request', 'what', 'µs (median)', 'runs (min–max)', '× direct, local administrator'],
      mic.request.map((t) => [
        t.name,
        t.what,
        fmt(t.median, 1),
        range(t.runs, 1),
        `${fmt(t.median / direct, 2)}×`,
      ]),
    ),
    '',
    `Authorization's share of the token request (${fmt(tokenReq, 1)} µs): resolving who is asking, measured alone, token ${fmt(tokenUs, 1)} µs + grants ${fmt(grantsUs, 1)} µs = **${fmt(authz, 1)} µs (${fmt((100 * authz) / tokenReq, 0)}%)**; seen from the other side, the request less Fastify's floor (${fmt(floorUs, 1)} µs) and the direct read (${fmt(direct, 1)} µs) leaves ${fmt(tokenReq - floorUs - direct, 1)} µs for authentication, routing, validation and serialization. The scoped read itself differs from the local administrator's by ${fmt(scopedGet, 1)} µs (the checks take ns, above).`,
    '',
    `\`GET /api/search?q=…\` on a real listening server in a child process (\`tsx bench/authz-server.ts DIR${o.dialect === 'postgres' ? ' URL' : ''}\`: the product's \`openApp\` + \`buildServer\` + \`listen\`, as \`teardown serve --no-jobs\` does, plus a side port reporting the server's own time per request, from the parsed request to the sent response), with \`TEARDOWN_SEARCH_PER_MINUTE=${SEARCH_PER_MINUTE}\` so that the per-user rate limit never refuses a request of the benchmark, the 40 queries of the \`search\` benchmark in rotation, beside \`SearchService.search\` called in the benchmark's process with as many calls in flight; ${o.runs} runs of ${o.duration} s per side after a 3 s warm-up, the sides taking turns (their order turning every round); medians of the runs:`,
    '',
    table(
      [
        'side',
        'what',
        'p50 ms',
        'p97.5 ms',
        'p99 ms',
        'requests/s',
        '× in-process local administrator (requests/s)',
        "server's own time p50 / p99 ms",
        'non-2xx',
        'errors',
      ],
      search.sides.map((s) => [
        `**${s.name}**`,
        s.what,
        fmt(
          mid(s.name, (r) => r.p50),
          1,
        ),
        fmt(
          mid(s.name, (r) => r.p97_5),
          1,
        ),
        `**${fmt(
          mid(s.name, (r) => r.p99),
          1,
        )}**`,
        fmt(mid(s.name, (r) => r.perSecond)),
        `${fmt(mid(s.name, (r) => r.perSecond) / adminPerSecond, 2)}×`,
        side(s.name)[0]?.serverP50 === undefined
          ? '–'
          : `${fmt(
              mid(s.name, (r) => r.serverP50 ?? 0),
              1,
            )} / ${fmt(
              mid(s.name, (r) => r.serverP99 ?? 0),
              1,
            )}`,
        side(s.name).reduce((a, r) => a + r.non2xx, 0),
        side(s.name).reduce((a, r) => a + r.errors, 0),
      ]),
    ),
    '',
    ...(o.dialect === 'postgres'
      ? [
          `On PostgreSQL the server works on many requests at once (their queries wait for one of the pool's ${process.env.TEARDOWN_PG_POOL ?? 10} connections and for PostgreSQL), so its own time includes that wait; on SQLite the queries run synchronously and a request, once parsed, mostly runs to its end, so its own time is close to its work.`,
          '',
        ]
      : []),
    `Hits per query (limit 20, the route's default): the viewer and the anonymous reader got the same number for ${search.hits.length - hitsDiffer.length} of ${search.hits.length} queries${hitsDiffer.length ? `; different for ${hitsDiffer.map((h) => `\`${h.q}\` (${h.viewer} vs ${h.anonymous})`).join(', ')}` : ''}.`,
    '',
    `Each query alone, with the server stopped (\`SearchService.search\` one call at a time, median of 5, after one warm-up call), as each actor; per kind of query, median / slowest of the kind's medians, in ms:`,
    '',
    table(
      ['kind', 'queries', ...search.single.actors, 'viewer / local administrator (medians)'],
      [...new Set(search.single.timings.map((t) => t.kind)), '**all**'].map((kind) => {
        const ts =
          kind === '**all**' ? search.single.timings : search.single.timings.filter((t) => t.kind === kind);
        const col = (j: number) => ts.map((t) => t.ms[j]);
        const v = search.single.actors.indexOf('viewer (300 memberships)');
        return [
          kind,
          kind === '**all**' ? `${ts.length} queries` : ts.map((t) => `\`${t.q}\``).join(', '),
          ...search.single.actors.map((_, j) => `${fmt(median(col(j)), 1)} / ${fmt(Math.max(...col(j)), 1)}`),
          `${fmt(median(col(v)) / median(col(0)), 1)}×`,
        ];
      }),
    ),
    '',
    'Every run:',
    '',
    table(
      [
        'run',
        'side',
        'p50 ms',
        'p97.5 ms',
        'p99 ms',
        'max ms',
        'requests/s',
        'requests',
        "server's own p50 / p99 ms",
        'load before',
      ],
      search.runs.map((r) => [
        r.run,
        r.side,
        fmt(r.p50, 1),
        fmt(r.p97_5, 1),
        fmt(r.p99, 1),
        fmt(r.max, 0),
        fmt(r.perSecond),
        fmt(r.requests),
        r.serverP50 === undefined ? '–' : `${fmt(r.serverP50, 1)} / ${fmt(r.serverP99 ?? 0, 1)}`,
        r.loadBefore.toFixed(2),
      ]),
    ),
    '',
    `Passwords: argon2id through @node-rs/argon2 with \`ARGON2_PARAMS\` (\`src/accounts/accounts.password.ts\`): memoryCost ${fmt(ARGON2_PARAMS.memoryCost)} KiB (${fmt(ARGON2_PARAMS.memoryCost / 1024, 0)} MiB per hash in progress), timeCost ${ARGON2_PARAMS.timeCost}, parallelism ${ARGON2_PARAMS.parallelism}; ${ARGON2_RUNS} runs each, one after another:`,
    '',
    table(
      ['operation', 'ms (median)', 'runs (min–max)', 'per second, one at a time'],
      [
        ['`hashPassword`', fmt(hashMed, 1), range(arg.hashMs, 1), fmt(1000 / hashMed, 1)],
        [
          '`verifyPassword` (a right password)',
          fmt(verifyMed, 1),
          range(arg.verifyMs, 1),
          fmt(1000 / verifyMed, 1),
        ],
        [
          '`SessionService.login` (throttle, user, verify, session row, audit event)',
          fmt(median(arg.signInMs), 1),
          range(arg.signInMs, 1),
          fmt(1000 / median(arg.signInMs), 1),
        ],
        [
          `${arg.parallel.concurrency} verifies at once (× ${arg.parallel.verifies / arg.parallel.concurrency} rounds)`,
          fmt((1000 * arg.parallel.seconds) / arg.parallel.verifies, 1),
          '',
          `${fmt(arg.parallel.perSecond, 1)} on the machine`,
        ],
      ],
    ),
    '',
    `Hashes run on libuv's thread pool (${arg.threadpool} threads), so at most ${arg.threadpool} × ${fmt(ARGON2_PARAMS.memoryCost / 1024, 0)} MiB = ${fmt((arg.threadpool * ARGON2_PARAMS.memoryCost) / 1024, 0)} MiB are in use for passwords at a time, and one core verifies about ${fmt(1000 / verifyMed, 0)} sign-ins per second.`,
  ].join('\n');
}
