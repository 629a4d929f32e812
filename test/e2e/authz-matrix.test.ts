// The authorization matrix, generated from the server's own route table: every route × every persona
// gets the answer the access rules (src/core/access.ts) give, through HTTP, with API tokens and again
// with cookie sessions (+ CSRF header). A route without an entry in EXPECTATIONS fails, and so does an
// entry for a route that no longer exists. Besides the status, every answer is checked for data of a
// case the persona may not read (marker strings planted in the records), and list-like answers for
// which cases' rows they hold. All data is synthetic test data.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, localAdmin } from '../../src/core/actor.ts';
import { buildServer, routeTable } from '../../src/server/index.ts';
import { addMember, makeUser, signIn, TEST_PASSWORD, tokenHeaders } from '../helpers/auth.ts';
import { makeCase, makeComponent, makeItem } from '../helpers/factories.ts';
import { createTestInstance } from '../helpers/test-app.ts';

// The server is built before the tests are collected, so that there is one test per route it has.
const instance = await createTestInstance('sqlite');
const app = instance.app;
const server = await buildServer(app);
const routes = routeTable(server).filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));
const routeKeys = [...new Set(routes.map((r) => `${r.method} ${r.url}`))];

afterAll(async () => {
  await server.close();
  await instance.destroy();
});

// ---------------------------------------------------------------------------------------------------
// Personas and expected outcomes

const personas = [
  'anonymous',
  'otherCase',
  'viewer',
  'editor',
  'owner',
  'analyst',
  'admin',
  'publishedReader',
] as const;
type Persona = (typeof personas)[number];
/** allow = any 2xx; otherwise the exact refusal. */
type Outcome = 'allow' | 401 | 403 | 404 | 415;
type Expect = Record<Persona, Outcome>;

const membersOfA: readonly Persona[] = ['viewer', 'editor', 'owner'];
const readsA = (p: Persona) => membersOfA.includes(p);

/** Anyone, signed in or not. */
const everyone: Expect = {
  anonymous: 'allow',
  otherCase: 'allow',
  viewer: 'allow',
  editor: 'allow',
  owner: 'allow',
  analyst: 'allow',
  admin: 'allow',
  publishedReader: 'allow',
};
/** Any signed-in user (shared reference data, one's own account). */
const signedIn: Expect = { ...everyone, anonymous: 401, publishedReader: 401 };
/** A case's records: its members, and anyone for a published case; ids of others are "not found". */
const caseRead: Expect = {
  anonymous: 404,
  otherCase: 404,
  viewer: 'allow',
  editor: 'allow',
  owner: 'allow',
  analyst: 404,
  admin: 404,
  publishedReader: 'allow',
};
/** What only members see (not part of the published view), on a signed-in route. */
const membersOnly: Expect = { ...caseRead, anonymous: 401, publishedReader: 401 };
/** A restricted record (or one of a restricted item): members only, also in a published case. */
const restrictedRead: Expect = { ...caseRead, publishedReader: 404 };
/** Changing a case's records: its editors and owners; a viewer reads only; strangers learn nothing. */
const caseWrite: Expect = {
  anonymous: 401,
  otherCase: 404,
  viewer: 403,
  editor: 'allow',
  owner: 'allow',
  analyst: 404,
  admin: 404,
  publishedReader: 401,
};
/** Only an owner of the case. */
const ownerWrite: Expect = { ...caseWrite, editor: 403 };
/** Managing members: an owner, or an administrator (to hand on a case whose owners have left). */
const manage: Expect = { ...ownerWrite, admin: 'allow' };
/** Deciding on a publication the owner asked for: a second member (the editor), never the one who asked. */
const secondMember: Expect = { ...caseWrite, owner: 403 };
/** Withdrawing a published case: an owner or an admin; readers of the published case are refused. */
const withdraw: Expect = {
  anonymous: 401,
  otherCase: 403,
  viewer: 403,
  editor: 403,
  owner: 'allow',
  analyst: 403,
  admin: 'allow',
  publishedReader: 401,
};
/** Changing shared reference data: analysts and admins. */
const referenceWrite: Expect = {
  anonymous: 401,
  otherCase: 403,
  viewer: 403,
  editor: 403,
  owner: 403,
  analyst: 'allow',
  admin: 'allow',
  publishedReader: 401,
};
/** Users and instance-wide operations: administrators. */
const adminOnly: Expect = { ...referenceWrite, analyst: 403 };
/** Something that belongs to the owner persona (a job, a token): the owner and admins; others: not found. */
const ownersThing: Expect = {
  anonymous: 401,
  otherCase: 404,
  viewer: 404,
  editor: 404,
  owner: 'allow',
  analyst: 404,
  admin: 'allow',
  publishedReader: 401,
};
/** An upload of the import wizard: its uploader (the owner persona) alone, not even an admin. */
const uploadersThing: Expect = { ...ownersThing, admin: 404 };
/** Something of a user none of the personas is: admins only; others: not found. */
const someoneElsesThing: Expect = { ...ownersThing, owner: 404 };

// ---------------------------------------------------------------------------------------------------
// Fixtures

const MARK = { A: 'zqAsecretMark', B: 'zqBsecretMark', P: 'zqPsecretMark' } as const;
const SEARCH_WORD = 'Matrixbird';

interface CaseFx {
  caseId: number;
  itemId: number;
  componentId: number;
  fileId: number;
  custodyId: number;
  replyId: number;
  restrictionId: number;
  /** A text document: members download it, the published view has photos only. */
  docId: number;
  /** A deleted item: in no published view, listed for members who ask for deleted records. */
  deletedItemId: number;
  /** The case's restricted item and what belongs to it: in no published view. */
  hidden: { itemId: number; componentId: number; fileId: number; custodyId: number };
  externalRef: string;
  title: string;
}
type TestUser = Awaited<ReturnType<typeof makeUser>>;
type Mode = 'token' | 'session';

interface Who {
  persona: Persona;
  /** The signed-in user, or null for the two anonymous personas. */
  user: TestUser | null;
  /** Case A for everyone but the published-case reader, who acts on case P. */
  target: CaseFx;
  mode: Mode;
}

interface Req {
  method: NonNullable<InjectOptions['method']>;
  url: string;
  payload?: string | object | Buffer;
  headers?: Record<string, string>;
}
type Res = Awaited<ReturnType<typeof server.inject>>;

interface Probe {
  /** What this probe of the route tries, when a route has several. */
  note?: string;
  /** Routes that only mean something with a password session use one whatever the mode:
   * `session` the persona's open session, `fresh-session` a new one (signing out ends it). */
  via?: 'session' | 'fresh-session';
  req(who: Who): Promise<Req> | Req;
  expect: Expect;
  /** More checks on an allowed answer. */
  check?(res: Res, who: Who): Promise<void> | void;
  /** Runs after every cell, to follow state the next cell depends on. */
  after?(res: Res, who: Who, req: Req): void;
  /** The whole audit log holds every case's before and after: an administrator reads all of it. */
  skipLeakCheck?: boolean;
}

let A: CaseFx;
let B: CaseFx;
let P: CaseFx;
let users: Record<Exclude<Persona, 'anonymous' | 'publishedReader'>, TestUser>;
/** A user that is none of the personas: the sign-in of the anonymous ones, and whose tokens others try. */
let visitor: TestUser;
/** The user members are added and changed as, and whose password the admin resets. */
let candidate: TestUser;
let resetTarget: TestUser;
let pOwner: TestUser;
let pEditor: TestUser;
let orgId: number;
const tokens = new Map<number, Record<string, string>>();
const sessions = new Map<number, Record<string, string>>();
const passwords = new Map<number, string>();
let counter = 0;
const next = () => ++counter;

const actorOf = async (u: TestUser): Promise<Actor> => app.grants.userActor(u);

async function png(): Promise<Buffer> {
  const n = next();
  return sharp({
    create: { width: 4, height: 4, channels: 3, background: { r: n % 256, g: (n >> 8) % 256, b: 77 } },
  })
    .png()
    .toBuffer();
}

async function upload(caseId: number, name: string, links: { itemId?: number; componentId?: number } = {}) {
  const { file } = await app.evidenceFiles.add(
    localAdmin,
    { caseId, ...links },
    Readable.from([await png()]),
    name,
  );
  return file.id;
}

const BOUNDARY = 'authz-matrix-boundary';
function multipart(filename: string, type: string, body: Buffer | string): Req['payload'] {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}
const multipartHeaders = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** A case with a record of every kind. `mark` goes into fields only members may read. */
async function caseWithRecords(label: string, mark: string, title: string): Promise<CaseFx> {
  const c = await makeCase(app, title);
  const externalRef = `${label}-REF-${next()}`;
  const item = await makeItem(app, c.id, {
    externalRef,
    designationMarked: `${SEARCH_WORD} ${label}`,
    notes: `${mark} notes (synthetic test data)`,
    source: `${mark} source`,
    placeName: `${mark} place`,
  });
  const component = await makeComponent(app, item.id, { notes: `${mark} component notes` });
  const fileId = await upload(c.id, `${mark}-photo.png`, { itemId: item.id });
  const custody = await app.custody.create(localAdmin, {
    caseId: c.id,
    itemId: item.id,
    occurredAt: '2024-03-08T10:00:00Z',
    action: 'handed_over',
    fromParty: `${mark} from`,
    toParty: `${mark} to`,
    place: `${mark} custody place`,
    notes: `${mark} custody notes`,
  });
  const reply = await app.restrictions.addReply(localAdmin, c.id, {
    companyName: `Example Components ${label} (synthetic)`,
    receivedAt: '2024-05-01',
    reply: 'We sell only through distributors (synthetic test data).',
  });
  const docId = (
    await app.evidenceFiles.add(
      localAdmin,
      { caseId: c.id, itemId: item.id },
      Readable.from([Buffer.from(`Lab note ${next()} (synthetic test data)\n`)]),
      `${mark}-lab-note.txt`,
    )
  ).file.id;
  const gone = await makeItem(app, c.id, { designationMarked: `${SEARCH_WORD} deleted` });
  await app.items.remove(localAdmin, gone.id);
  // The restricted item: its serial, marking and everything else carry the mark.
  const second = await makeItem(app, c.id, {
    designationMarked: `${SEARCH_WORD} restricted`,
    serialNumber: `${mark}-serial`,
    notes: `${mark} second item`,
  });
  const hidden = {
    itemId: second.id,
    componentId: (await makeComponent(app, second.id, { markingRaw: `${mark} marking` })).id,
    fileId: await upload(c.id, 'restricted.png', { itemId: second.id }),
    custodyId: (
      await app.custody.create(localAdmin, {
        caseId: c.id,
        itemId: second.id,
        occurredAt: '2024-03-11T10:00:00Z',
        action: 'stored',
      })
    ).id,
  };
  const restriction = await app.restrictions.restrict(localAdmin, c.id, {
    entityType: 'item',
    entityId: second.id,
    reason: 'source protection (synthetic)',
  });
  return {
    docId,
    deletedItemId: gone.id,
    hidden,
    caseId: c.id,
    itemId: item.id,
    componentId: component.id,
    fileId,
    custodyId: custody.id,
    replyId: reply.id,
    restrictionId: restriction.id,
    externalRef,
    title,
  };
}

/** A throwaway case with case A's members (viewer, editor, owner), for what changes a case itself. */
async function caseLikeA(): Promise<number> {
  const c = await makeCase(app, `Throwaway case ${next()} (synthetic test data)`);
  await addMember(app, c.id, users.viewer.username, 'viewer');
  await addMember(app, c.id, users.editor.username, 'editor');
  await addMember(app, c.id, users.owner.username, 'owner');
  return c.id;
}
async function pendingCaseLikeA(): Promise<number> {
  const id = await caseLikeA();
  await app.publications.request(await actorOf(users.owner), id, {});
  return id;
}
async function publishedCaseLikeA(): Promise<number> {
  const id = await pendingCaseLikeA();
  await app.publications.approve(await actorOf(users.editor), id);
  return id;
}

const fresh = {
  item: async (caseId: number) => (await makeItem(app, caseId, { designationMarked: 'Throwaway' })).id,
  deletedItem: async (caseId: number) => {
    const id = await fresh.item(caseId);
    await app.items.remove(localAdmin, id);
    return id;
  },
  component: async (fx: CaseFx) => (await makeComponent(app, fx.itemId)).id,
  deletedComponent: async (fx: CaseFx) => {
    const id = await fresh.component(fx);
    await app.components.remove(localAdmin, id);
    return id;
  },
  custody: async (fx: CaseFx) =>
    (
      await app.custody.create(localAdmin, {
        caseId: fx.caseId,
        occurredAt: '2024-04-01T09:00:00Z',
        action: 'stored',
      })
    ).id,
  deletedCustody: async (fx: CaseFx) => {
    const id = await fresh.custody(fx);
    await app.custody.remove(localAdmin, id);
    return id;
  },
  file: (fx: CaseFx) => upload(fx.caseId, `throwaway-${next()}.png`),
  org: async () =>
    (await app.parties.createOrganization(localAdmin, { name: `Throwaway Org ${next()} (synthetic)` })).id,
  deletedOrg: async () => {
    const id = await fresh.org();
    await app.parties.removeOrganization(localAdmin, id);
    return id;
  },
  person: async () =>
    (await app.parties.createPerson(localAdmin, { name: `Throwaway Person ${next()} (synthetic)` })).id,
  deletedPerson: async () => {
    const id = await fresh.person();
    await app.parties.removePerson(localAdmin, id);
    return id;
  },
  deletedCase: async () => {
    const id = await caseLikeA();
    await app.cases.remove(localAdmin, id);
    return id;
  },
  restriction: async (fx: CaseFx) =>
    (
      await app.restrictions.restrict(localAdmin, fx.caseId, {
        entityType: 'item',
        entityId: await fresh.item(fx.caseId),
      })
    ).id,
  reply: async (fx: CaseFx) =>
    (
      await app.restrictions.addReply(localAdmin, fx.caseId, {
        companyName: 'Throwaway Ltd (synthetic)',
        receivedAt: '2024-06-01',
        reply: 'No comment (synthetic).',
      })
    ).id,
  token: async (u: TestUser) =>
    (
      await app.tokens.createFor(localAdmin, u.id, {
        name: `throwaway ${next()}`,
        scope: 'read',
        expiresInDays: 1,
      })
    ).token.id,
};

/** The candidate's membership of the case: made (as viewer) or removed so that a request can act on it. */
async function candidateMembership(caseId: number, present: boolean): Promise<number | null> {
  const found = (await app.members.list(localAdmin, caseId)).find((m) => m.username === candidate.username);
  if (present) return found?.id ?? (await addMember(app, caseId, candidate.username, 'viewer')).id;
  if (found) await app.members.remove(localAdmin, caseId, found.id);
  return null;
}

/** An organization named as maker by a component of A, B, P and P's restricted item (made once). */
let makerOrgId: number | undefined;
const makerComponents = { A: 0, P: 0, hidden: 0 };
let partId: number | undefined;
/** A catalog part read off a component of case A (and found in B too). */
async function matrixPart(): Promise<number> {
  if (partId) return partId;
  const c = await makeComponent(app, A.itemId, {
    markingRaw: 'ADUM1201\n2231 LOTA1',
    category: 'RF transceiver',
  });
  await makeComponent(app, B.itemId, { markingRaw: 'ADUM1201\n2231 LOTA1', category: 'RF transceiver' });
  partId = c.partId as number;
  return partId;
}

/** A watch list (synthetic test data) with one entry an organization is a hit on. */
const MATRIX_LIST = 'Matrix synthetic watch list';
let screeningFx: { listId: number; entryRowId: number; orgId: number; hitId: number } | null = null;
async function matrixScreening() {
  if (screeningFx) return screeningFx;
  const csv = 'id,name,schema,countries\nMX-1,ZORVANTH QUILLMARK TRADING LLC,Organization,AE\n';
  const r = await app.watchlists.importList(localAdmin, {
    name: MATRIX_LIST,
    format: 'csv',
    mapping: { id: 'id', name: 'name', schema: 'schema', countries: 'countries' },
    files: [{ role: 'file', name: 'matrix-list.csv', content: Buffer.from(csv) }],
  });
  const org = await app.parties.createOrganization(localAdmin, {
    name: 'Zorvanth Quillmark Trading LLC (synthetic)',
    countries: ['AE'],
  });
  const { rows } = await app.screening.hits(localAdmin, {
    partyType: 'organization',
    partyId: org.id,
    limit: 5,
    offset: 0,
  });
  if (!rows[0]) throw new Error('the matrix organization raised no screening hit');
  screeningFx = { listId: r.watchlist.id, entryRowId: rows[0].entryRowId, orgId: org.id, hitId: rows[0].id };
  return screeningFx;
}

function multipartFields(
  fields: Record<string, string>,
  file: { field: string; name: string; body: string },
) {
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return Buffer.from(
    `${parts.join('')}--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.body}\r\n--${BOUNDARY}--\r\n`,
  );
}

/** The demo's variant profiles (synthetic demo data) in force, and a human attribution of A's and P's
 * item whose basis carries the case's mark (the published view leaves the basis out). */
const demoProfiles = readFileSync(new URL('../../src/demo/demo-variants.yaml', import.meta.url), 'utf8');
let attributionMade = false;
async function matrixAttribution(): Promise<void> {
  if (attributionMade) return;
  attributionMade = true;
  await app.attribution.profiles.put(localAdmin, demoProfiles);
  for (const [fx, mark] of [
    [A, MARK.A],
    [P, MARK.P],
  ] as const)
    await app.attribution.decide(localAdmin, fx.itemId, {
      variantId: 'unknown',
      basis: `${mark} basis of the decision (synthetic test data)`,
      confidence: 'medium',
    });
}

/** Items of a designation of their own in A, B and P with serials, a serial pattern and a declared
 * target (synthetic test data), made once. */
const PRODUCTION = { A: 'Matrixbird-PA', B: 'Matrixbird-PB', P: 'Matrixbird-PP' } as const;
const productionItems = { A: 0, B: 0, P: 0 };
async function matrixProduction(): Promise<void> {
  if (productionItems.A) return;
  for (const [key, fx] of [
    ['A', A],
    ['B', B],
    ['P', P],
  ] as const)
    productionItems[key] = (
      await makeItem(app, fx.caseId, {
        designationAssessed: PRODUCTION[key],
        serialNumber: `MXP-00${next()}`,
        recoveredAt: '2024-04-01',
      })
    ).id;
  await app.production.putPattern(localAdmin, PRODUCTION.A, { pattern: '^(?<series>MXP)-(?<number>\\d+)$' });
  await app.production.addTarget(localAdmin, {
    designation: PRODUCTION.P,
    units: 10,
    by: '2024-06-30',
    source: 'Synthetic matrix claim',
  });
}
const freshPattern = async () => {
  const designation = `Matrixbird-pattern-${next()}`;
  await app.production.putPattern(localAdmin, designation, { pattern: '^(?<number>\\d+)$' });
  return encodeURIComponent(designation);
};
const freshTarget = async () =>
  (
    await app.production.addTarget(localAdmin, {
      designation: 'Matrixbird-target',
      units: 5,
      by: '2024-01-31',
      source: `Synthetic matrix claim ${next()}`,
    })
  ).id;

/** A maker name on a component of case A that no organization stands for. */
const UNRESOLVED = 'Matrix Unresolved Maker (synthetic)';
let unresolvedMade = false;
async function unresolvedInA(): Promise<void> {
  if (unresolvedMade) return;
  await makeComponent(app, A.itemId, { maker: UNRESOLVED, markingRaw: 'MATRIX-UNRESOLVED-1' });
  unresolvedMade = true;
}

async function makerOrg(): Promise<number> {
  if (makerOrgId) return makerOrgId;
  const org = await app.parties.createOrganization(localAdmin, { name: 'Matrix Maker Org (synthetic)' });
  const made = async (itemId: number) => (await makeComponent(app, itemId, { makerOrgId: org.id })).id;
  makerComponents.A = await made(A.itemId);
  await made(B.itemId);
  makerComponents.P = await made(P.itemId);
  makerComponents.hidden = await made(P.hidden.itemId);
  makerOrgId = org.id;
  return org.id;
}

/** A new upload of the owner persona to the import wizard, in case A. */
async function ownerUpload(): Promise<string> {
  const res = await server.inject({
    method: 'POST',
    url: `/api/imports/uploads?caseId=${A.caseId}`,
    payload: multipart('owner-wizard.csv', 'text/csv', `itemType,externalRef\nuav,OWN-${next()}\n`),
    headers: { ...multipartHeaders, ...credentials(users.owner, 'token') },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { uploadId: string }).uploadId;
}

/** Jobs belong to the credential that started them: one import of the owner per mode. */
const ownerJobs = new Map<Mode, number>();
async function ownerJob(mode: Mode): Promise<number> {
  const known = ownerJobs.get(mode);
  if (known) return known;
  const res = await server.inject({
    method: 'POST',
    url: `/api/imports?kind=items&caseId=${A.caseId}`,
    payload: multipart('owner-import.csv', 'text/csv', 'itemType,externalRef\nuav,JOB-1\n'),
    headers: { ...multipartHeaders, ...credentials(users.owner, mode) },
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = (res.json() as { id: number }).id;
  ownerJobs.set(mode, id);
  return id;
}

function credentials(u: TestUser, mode: Mode): Record<string, string> {
  const h = mode === 'token' ? tokens.get(u.id) : sessions.get(u.id);
  if (!h) throw new Error(`no ${mode} for ${u.username}`);
  return h;
}

async function freshSession(u: TestUser): Promise<Record<string, string>> {
  const { secret, session } = await app.sessions.login(
    { username: u.username, password: passwords.get(u.id) },
    { address: null, userAgent: 'authz-matrix' },
  );
  return { cookie: `td_session=${secret}`, 'x-csrf-token': session.csrfToken };
}

// ---------------------------------------------------------------------------------------------------
// Checks of allowed answers

type Row = { id: number; caseId: number | null };

/** Rows of a list: members of A see A's record, everyone sees P's (published) one, nobody sees P's
 * restricted one, and only the member of case B sees anything of B. */
function expectRows(rows: Row[], who: Who, ofA: number, ofP: number, ofPRestricted?: number) {
  const ids = rows.map((r) => r.id);
  const cases = new Set(rows.map((r) => r.caseId));
  expect(ids.includes(ofA), `${who.persona} sees case A's record`).toBe(readsA(who.persona));
  if (!readsA(who.persona)) expect(cases.has(A.caseId), 'rows of case A').toBe(false);
  if (who.persona !== 'otherCase') expect(cases.has(B.caseId), 'rows of case B').toBe(false);
  expect(ids.includes(ofP), `${who.persona} sees the published case's record`).toBe(true);
  if (ofPRestricted !== undefined) expect(ids, 'restricted record of P').not.toContain(ofPRestricted);
}
const rowsOf = (res: Res) => (res.json() as { rows: Row[] }).rows;
const deleted = (res: Res) => expect((res.json() as { deletedAt: string | null }).deletedAt).toBeTruthy();
const restored = (res: Res) => expect((res.json() as { deletedAt: string | null }).deletedAt).toBeNull();

// ---------------------------------------------------------------------------------------------------
// The expectations: one entry per route of the server, keyed "METHOD url".

const id = (w: Who) => w.target;
const body = (method: Req['method'], url: string, payload: object): Req => ({ method, url, payload });

const EXPECTATIONS: Record<string, Probe | Probe[]> = {
  'GET /api/openapi.json': { req: () => ({ method: 'GET', url: '/api/openapi.json' }), expect: everyone },
  // The web app: the same page for everyone; what it shows comes from the API, tested here per route.
  'GET /': {
    req: () => ({ method: 'GET', url: '/' }),
    expect: everyone,
    check: (res) => {
      expect(res.body).toContain('<div id="root">');
      expect(res.body).not.toContain(MARK.A);
    },
  },
  'GET /*': {
    req: (w) => ({ method: 'GET', url: `/items/${w.target.itemId}` }),
    expect: everyone,
    check: (res) => {
      expect(res.body).toContain('<div id="root">');
      expect(res.body).not.toContain(MARK.A);
    },
  },

  // Cases
  'GET /api/cases': {
    req: () => ({ method: 'GET', url: '/api/cases' }),
    expect: everyone,
    check: (res, who) => {
      const ids = (res.json() as { rows: { id: number }[] }).rows.map((r) => r.id);
      expect(ids.includes(A.caseId)).toBe(readsA(who.persona));
      expect(ids.includes(B.caseId)).toBe(who.persona === 'otherCase');
      expect(ids).toContain(P.caseId);
    },
  },
  'POST /api/cases': {
    req: () => body('POST', '/api/cases', { title: `Opened over HTTP ${next()} (synthetic test data)` }),
    expect: signedIn,
  },
  'GET /api/cases/:id': {
    req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}` }),
    expect: caseRead,
  },
  'PATCH /api/cases/:id': {
    req: (w) => body('PATCH', `/api/cases/${id(w).caseId}`, { summary: 'edited (synthetic test data)' }),
    expect: caseWrite,
  },
  'DELETE /api/cases/:id': {
    req: async (w) => ({
      method: 'DELETE',
      url: `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await caseLikeA()}`,
    }),
    expect: ownerWrite,
    check: deleted,
  },
  'POST /api/cases/:id/restore': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await fresh.deletedCase()}/restore`,
    }),
    expect: ownerWrite,
    check: restored,
  },

  // Recovered items
  'GET /api/items': [
    {
      req: () => ({ method: 'GET', url: '/api/items?limit=500' }),
      expect: everyone,
      check: (res, who) => expectRows(rowsOf(res), who, A.itemId, P.itemId, P.hidden.itemId),
    },
    {
      note: 'deleted records too',
      req: () => ({ method: 'GET', url: '/api/items?limit=500&includeDeleted=true' }),
      expect: everyone,
      check: (res, who) => {
        expectRows(rowsOf(res), who, A.deletedItemId, P.itemId, P.deletedItemId);
        expect(rowsOf(res).map((r) => r.id)).not.toContain(P.hidden.itemId);
      },
    },
  ],
  'POST /api/items': {
    req: (w) =>
      body('POST', '/api/items', {
        caseId: id(w).caseId,
        itemType: 'uav',
        externalRef: `NEW-${next()}`,
        recoveredAt: '2024-03-09',
      }),
    expect: caseWrite,
  },
  'GET /api/items/map': {
    req: () => ({ method: 'GET', url: '/api/items/map' }),
    expect: everyone,
    check: (res, who) => {
      const m = res.json() as { id: number[]; caseId: number[]; coarse: boolean[] };
      expectRows(
        m.id.map((id, i) => ({ id, caseId: m.caseId[i] })),
        who,
        A.itemId,
        P.itemId,
        P.hidden.itemId,
      );
      // The published case's points are coarsened for those who read it only in its published form.
      const p = m.id.indexOf(P.itemId);
      expect(m.coarse[p]).toBe(true);
    },
  },
  'GET /api/items/:id': [
    {
      req: (w) => ({ method: 'GET', url: `/api/items/${id(w).itemId}` }),
      expect: caseRead,
      check: (res, who) => {
        const item = res.json() as { notes: string | null; recoveredPrecision: string | null };
        // The published form: no notes, dates to the month.
        if (who.persona === 'publishedReader')
          expect(item).toMatchObject({ notes: null, recoveredPrecision: 'month' });
        else expect(item.notes).toContain(MARK.A);
      },
    },
    {
      note: 'a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/items/${id(w).hidden.itemId}` }),
      expect: restrictedRead,
    },
    {
      note: 'a deleted item',
      req: (w) => ({ method: 'GET', url: `/api/items/${id(w).deletedItemId}` }),
      // Deleted records are read through the lists (includeDeleted), by members.
      expect: { ...caseRead, viewer: 404, editor: 404, owner: 404, publishedReader: 404 },
    },
  ],
  'PATCH /api/items/:id': {
    req: (w) => body('PATCH', `/api/items/${id(w).itemId}`, { condition: `edited ${next()} (synthetic)` }),
    expect: caseWrite,
  },
  'DELETE /api/items/:id': {
    req: async (w) => ({ method: 'DELETE', url: `/api/items/${await fresh.item(id(w).caseId)}` }),
    expect: caseWrite,
    check: deleted,
  },
  'POST /api/items/:id/restore': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/items/${await fresh.deletedItem(id(w).caseId)}/restore`,
    }),
    expect: caseWrite,
    check: restored,
  },

  // Components
  'GET /api/components': {
    req: () => ({ method: 'GET', url: '/api/components?limit=500' }),
    expect: everyone,
    check: (res, who) => expectRows(rowsOf(res), who, A.componentId, P.componentId, P.hidden.componentId),
  },
  'POST /api/components': {
    req: (w) =>
      body('POST', '/api/components', {
        itemId: id(w).itemId,
        subsystem: 'power',
        markingRaw: 'TPS54331 / TI (synthetic)',
      }),
    expect: caseWrite,
  },
  'GET /api/components/:id': [
    { req: (w) => ({ method: 'GET', url: `/api/components/${id(w).componentId}` }), expect: caseRead },
    {
      note: 'a component of a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/components/${id(w).hidden.componentId}` }),
      expect: restrictedRead,
    },
  ],
  'PATCH /api/components/:id': {
    req: (w) => body('PATCH', `/api/components/${id(w).componentId}`, { category: `mcu ${next()}` }),
    expect: caseWrite,
  },
  'DELETE /api/components/:id': {
    req: async (w) => ({ method: 'DELETE', url: `/api/components/${await fresh.component(id(w))}` }),
    expect: caseWrite,
    check: deleted,
  },
  'POST /api/components/:id/restore': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/components/${await fresh.deletedComponent(id(w))}/restore`,
    }),
    expect: caseWrite,
    check: restored,
  },

  // Custody events
  'GET /api/custody-events': {
    req: () => ({ method: 'GET', url: '/api/custody-events' }),
    expect: everyone,
    check: (res, who) => expectRows(rowsOf(res), who, A.custodyId, P.custodyId, P.hidden.custodyId),
  },
  'POST /api/custody-events': {
    req: (w) =>
      body('POST', '/api/custody-events', {
        caseId: id(w).caseId,
        itemId: id(w).itemId,
        occurredAt: '2024-03-10T12:00:00Z',
        action: 'photographed',
      }),
    expect: caseWrite,
  },
  'GET /api/custody-events/:id': [
    { req: (w) => ({ method: 'GET', url: `/api/custody-events/${id(w).custodyId}` }), expect: caseRead },
    {
      note: 'custody of a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/custody-events/${id(w).hidden.custodyId}` }),
      expect: restrictedRead,
    },
  ],
  'PATCH /api/custody-events/:id': {
    req: (w) => body('PATCH', `/api/custody-events/${id(w).custodyId}`, { action: 'received' }),
    expect: caseWrite,
  },
  'DELETE /api/custody-events/:id': {
    req: async (w) => ({ method: 'DELETE', url: `/api/custody-events/${await fresh.custody(id(w))}` }),
    expect: caseWrite,
    check: deleted,
  },
  'POST /api/custody-events/:id/restore': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/custody-events/${await fresh.deletedCustody(id(w))}/restore`,
    }),
    expect: caseWrite,
    check: restored,
  },

  // Shared reference data: organizations and persons
  'GET /api/organizations': { req: () => ({ method: 'GET', url: '/api/organizations' }), expect: signedIn },
  'POST /api/organizations': {
    req: () => body('POST', '/api/organizations', { name: `Matrix Org ${next()} (synthetic)` }),
    expect: referenceWrite,
  },
  'GET /api/organizations/:id': {
    req: () => ({ method: 'GET', url: `/api/organizations/${orgId}` }),
    expect: signedIn,
  },
  'PATCH /api/organizations/:id': {
    req: () => body('PATCH', `/api/organizations/${orgId}`, { notes: `edited ${next()} (synthetic)` }),
    expect: referenceWrite,
  },
  'DELETE /api/organizations/:id': {
    req: async () => ({ method: 'DELETE', url: `/api/organizations/${await fresh.org()}` }),
    expect: referenceWrite,
    check: deleted,
  },
  'POST /api/organizations/:id/restore': {
    req: async () => ({ method: 'POST', url: `/api/organizations/${await fresh.deletedOrg()}/restore` }),
    expect: referenceWrite,
    check: restored,
  },
  'GET /api/organizations/:id/appearances': {
    req: async () => ({ method: 'GET', url: `/api/organizations/${await makerOrg()}/appearances` }),
    expect: signedIn,
    check: (res, who) => {
      const body = res.json() as { cases: { caseId: number }[]; components: { rows: Row[] } };
      const cases = body.cases.map((c) => c.caseId);
      expect(cases.includes(A.caseId), 'case A').toBe(readsA(who.persona));
      expect(cases.includes(B.caseId), 'case B').toBe(who.persona === 'otherCase');
      expect(cases, 'the published case').toContain(P.caseId);
      expectRows(body.components.rows, who, makerComponents.A, makerComponents.P, makerComponents.hidden);
    },
  },
  'POST /api/organizations/:id/merge': {
    req: async () =>
      body('POST', `/api/organizations/${await fresh.org()}/merge`, { intoId: await fresh.org() }),
    expect: referenceWrite,
  },
  'GET /api/persons': { req: () => ({ method: 'GET', url: '/api/persons' }), expect: signedIn },
  'POST /api/persons': {
    req: () => body('POST', '/api/persons', { name: `Matrix Person ${next()} (synthetic)` }),
    expect: referenceWrite,
  },
  'GET /api/persons/:id': {
    req: async () => ({ method: 'GET', url: `/api/persons/${await fresh.person()}` }),
    expect: signedIn,
  },
  'PATCH /api/persons/:id': {
    req: async () => body('PATCH', `/api/persons/${await fresh.person()}`, { notes: 'edited (synthetic)' }),
    expect: referenceWrite,
  },
  'DELETE /api/persons/:id': {
    req: async () => ({ method: 'DELETE', url: `/api/persons/${await fresh.person()}` }),
    expect: referenceWrite,
    check: deleted,
  },
  'POST /api/persons/:id/restore': {
    req: async () => ({ method: 'POST', url: `/api/persons/${await fresh.deletedPerson()}/restore` }),
    expect: referenceWrite,
    check: restored,
  },

  // Evidence files
  'POST /api/files': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/files?caseId=${id(w).caseId}`,
      payload: multipart(`upload-${next()}.png`, 'image/png', await png()),
      headers: multipartHeaders,
    }),
    expect: caseWrite,
    check: (res) => expect(res.statusCode).toBe(201),
  },
  'GET /api/files': {
    req: () => ({ method: 'GET', url: '/api/files?limit=500' }),
    expect: everyone,
    check: (res, who) => expectRows(rowsOf(res), who, A.fileId, P.fileId, P.hidden.fileId),
  },
  'GET /api/files/:id': [
    {
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).fileId}` }),
      expect: caseRead,
      check: (res, who) => {
        const f = res.json() as { originalName: string };
        if (who.persona === 'publishedReader') expect(f.originalName).toBe(`evidence-${P.fileId}.png`);
        else expect(f.originalName).toContain(MARK.A);
      },
    },
    {
      note: 'a file of a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).hidden.fileId}` }),
      expect: restrictedRead,
    },
  ],
  'GET /api/files/:id/content': [
    {
      note: 'a photo',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).fileId}/content` }),
      expect: caseRead,
      check: (res) => {
        expect(res.headers['content-type']).toBe('image/png');
        expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      },
    },
    {
      note: 'a photo of a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).hidden.fileId}/content` }),
      expect: restrictedRead,
    },
    {
      note: 'a document, which is no part of the published view',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).docId}/content` }),
      expect: { ...caseRead, publishedReader: 403 },
      check: (res) => expect(res.body).toContain('Lab note'),
    },
  ],
  'GET /api/files/:id/thumbnail': [
    {
      note: 'a photo',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).fileId}/thumbnail?size=160` }),
      expect: caseRead,
      check: (res) => {
        expect(res.headers['content-type']).toBe('image/webp');
        expect(res.rawPayload.subarray(8, 12).toString()).toBe('WEBP');
      },
    },
    {
      note: 'a photo of a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).hidden.fileId}/thumbnail` }),
      expect: restrictedRead,
    },
    {
      note: 'a document has no thumbnail',
      req: (w) => ({ method: 'GET', url: `/api/files/${id(w).docId}/thumbnail` }),
      expect: { ...caseRead, viewer: 415, editor: 415, owner: 415, publishedReader: 415 },
    },
  ],
  'PATCH /api/files/:id': {
    req: (w) => body('PATCH', `/api/files/${id(w).fileId}`, { description: `edited ${next()} (synthetic)` }),
    expect: caseWrite,
  },
  'DELETE /api/files/:id': {
    req: async (w) => ({ method: 'DELETE', url: `/api/files/${await fresh.file(id(w))}` }),
    expect: caseWrite,
    check: deleted,
  },

  // Search and counts
  'GET /api/search': {
    req: () => ({ method: 'GET', url: `/api/search?q=${SEARCH_WORD}&types=item&limit=100` }),
    expect: everyone,
    check: (res, who) =>
      expectRows((res.json() as { hits: Row[] }).hits, who, A.itemId, P.itemId, P.hidden.itemId),
  },
  'GET /api/stats': {
    req: (w) => ({ method: 'GET', url: `/api/stats?caseId=${id(w).caseId}` }),
    expect: everyone,
    check: (res, who) => {
      const { items, components } = res.json() as { items: number; components: number };
      const reads = who.persona === 'publishedReader' || readsA(who.persona);
      expect(items > 0, 'counts items').toBe(reads);
      expect(components > 0, 'counts components').toBe(reads);
    },
  },

  // Markings
  'POST /api/markings/parse': {
    req: () => ({ method: 'POST', url: '/api/markings/parse', payload: { text: 'STM32F405\nRGT6\n229' } }),
    expect: signedIn,
    check: (res) => {
      const body = res.json() as { partNumber: { full: string } | null };
      expect(body.partNumber?.full).toBe('STM32F405RGT6');
    },
  },

  'GET /api/makers/:id': {
    req: async () => ({ method: 'GET', url: `/api/makers/${await makerOrg()}` }),
    expect: signedIn,
    check: (res, who) => {
      // A, B, the published case and its restricted item each hold one component of the maker: a
      // member of A or of B counts its own and the published one, others only the published one.
      const { components } = res.json() as { components: number };
      const own = readsA(who.persona) || who.persona === 'otherCase';
      expect(components, 'components counted').toBe(own ? 2 : 1);
    },
  },
  'GET /api/markings/review': {
    req: async () => {
      await unresolvedInA();
      return { method: 'GET', url: '/api/markings/review' };
    },
    expect: signedIn,
    check: (res, who) => {
      const body = res.json() as { unresolved: { name: string }[] };
      expect(
        body.unresolved.some((u) => u.name === UNRESOLVED),
        "case A's unresolved maker name",
      ).toBe(readsA(who.persona));
    },
  },
  'POST /api/markings/review/resolve': {
    req: async () =>
      body('POST', '/api/markings/review/resolve', {
        name: `Matrix Nobody Maker ${next()} (synthetic)`,
        organizationId: await fresh.org(),
      }),
    expect: referenceWrite,
  },

  // Catalog
  'GET /api/catalog/parts': {
    req: async () => {
      await matrixPart();
      return { method: 'GET', url: '/api/catalog/parts?q=adum1201&limit=5' };
    },
    expect: signedIn,
  },
  'GET /api/catalog/parts/:id': {
    req: async () => ({ method: 'GET', url: `/api/catalog/parts/${await matrixPart()}` }),
    expect: signedIn,
  },
  'PATCH /api/catalog/parts/:id': {
    req: async () => ({
      method: 'PATCH',
      url: `/api/catalog/parts/${await matrixPart()}`,
      payload: { exportNotes: 'Synthetic matrix note.' },
    }),
    expect: referenceWrite,
  },
  'GET /api/catalog/parts/:id/found': {
    req: async () => ({ method: 'GET', url: `/api/catalog/parts/${await matrixPart()}/found` }),
    expect: signedIn,
    check: (res, who) => {
      const body = res.json() as { cases: { caseId: number }[] };
      expect(
        body.cases.some((c) => c.caseId === A.caseId),
        'case A',
      ).toBe(readsA(who.persona));
    },
  },
  'GET /api/catalog/lots/:id/:lotCode': {
    req: async () => ({ method: 'GET', url: `/api/catalog/lots/${await matrixPart()}/LOTA1` }),
    expect: signedIn,
  },
  'GET /api/catalog/chpl': {
    req: () => ({ method: 'GET', url: '/api/catalog/chpl' }),
    expect: everyone,
  },

  // Watch lists and screening
  'GET /api/lists': {
    req: async () => {
      await matrixScreening();
      return { method: 'GET', url: '/api/lists' };
    },
    expect: signedIn,
  },
  'GET /api/lists/:id': {
    req: async () => ({ method: 'GET', url: `/api/lists/${(await matrixScreening()).listId}` }),
    expect: signedIn,
  },
  'GET /api/lists/:id/versions/:version/changes': {
    req: async () => ({
      method: 'GET',
      url: `/api/lists/${(await matrixScreening()).listId}/versions/1/changes`,
    }),
    expect: signedIn,
  },
  'GET /api/lists/:id/entries': {
    req: async () => ({
      method: 'GET',
      url: `/api/lists/${(await matrixScreening()).listId}/entries?q=zorvanth`,
    }),
    expect: signedIn,
  },
  'GET /api/lists/entries/:entryRowId': {
    req: async () => ({ method: 'GET', url: `/api/lists/entries/${(await matrixScreening()).entryRowId}` }),
    expect: signedIn,
  },
  'POST /api/lists/import': {
    req: () => ({
      method: 'POST',
      url: '/api/lists/import',
      payload: multipartFields(
        { name: `Matrix upload list ${next()}`, format: 'csv', mapping: 'name=name,id=id' },
        {
          field: 'file',
          name: 'upload.csv',
          body: `id,name\nMU-${next()},MATRIX UPLOADED ENTRY ${next()}\n`,
        },
      ),
      headers: multipartHeaders,
    }),
    expect: referenceWrite,
  },
  'POST /api/screen': {
    req: async () => {
      await matrixScreening();
      return body('POST', '/api/screen', {
        queries: [{ name: 'Zorvanth Quillmark Trading', schema: 'Organization' }],
      });
    },
    expect: signedIn,
  },
  'GET /api/screening/hits': {
    req: async () => {
      await matrixScreening();
      return { method: 'GET', url: '/api/screening/hits?status=open' };
    },
    expect: signedIn,
  },
  'POST /api/screening/hits/:id/decision': {
    req: async () =>
      body('POST', `/api/screening/hits/${(await matrixScreening()).hitId}/decision`, {
        decision: 'unsure',
        note: 'Synthetic matrix decision.',
      }),
    expect: referenceWrite,
  },
  'GET /api/screening/parties/:partyType/:id': {
    req: async () => ({
      method: 'GET',
      url: `/api/screening/parties/organization/${(await matrixScreening()).orgId}`,
    }),
    expect: signedIn,
  },

  // Attribution
  'GET /api/variants': {
    req: async () => {
      await matrixAttribution();
      return { method: 'GET', url: '/api/variants' };
    },
    expect: signedIn,
    check: (res) =>
      expect((res.json() as { document: { label: string } }).document.label).toBe('synthetic demo data'),
  },
  'PUT /api/variants': {
    req: async () => {
      await matrixAttribution();
      return body('PUT', '/api/variants', { text: `${demoProfiles}\n# matrix save ${next()}\n` });
    },
    expect: referenceWrite,
    check: (res) => expect((res.json() as { created: boolean }).created).toBe(true),
  },
  'GET /api/variants/versions': {
    req: async () => {
      await matrixAttribution();
      return { method: 'GET', url: '/api/variants/versions' };
    },
    expect: signedIn,
  },
  'GET /api/variants/versions/:version': {
    req: async () => {
      await matrixAttribution();
      return { method: 'GET', url: '/api/variants/versions/1' };
    },
    expect: signedIn,
  },
  'GET /api/items/:id/attribution': [
    {
      req: async (w) => {
        await matrixAttribution();
        return { method: 'GET', url: `/api/items/${id(w).itemId}/attribution` };
      },
      expect: caseRead,
      check: (res, who) => {
        const human = (res.json() as { human: { basis: string | null; decidedBy: string | null } | null })
          .human;
        // The published view: which variant and how sure, not why or who decided.
        if (who.persona === 'publishedReader') expect(human).toMatchObject({ basis: null, decidedBy: null });
        else expect(human?.decidedBy).toBeTruthy();
      },
    },
    {
      note: 'a restricted item',
      req: (w) => ({ method: 'GET', url: `/api/items/${id(w).hidden.itemId}/attribution` }),
      expect: restrictedRead,
    },
  ],
  'PUT /api/items/:id/attribution': {
    req: async (w) =>
      body('PUT', `/api/items/${await fresh.item(id(w).caseId)}/attribution`, {
        variantId: 'unknown',
        basis: 'Matrix decision (synthetic test data).',
        confidence: 'low',
      }),
    expect: caseWrite,
    check: (res) => expect((res.json() as { effective: { source: string } }).effective.source).toBe('human'),
  },
  'DELETE /api/items/:id/attribution': {
    req: async (w) => {
      const item = await fresh.item(id(w).caseId);
      await app.attribution.decide(localAdmin, item, {
        variantId: 'unknown',
        basis: 'To be withdrawn (synthetic test data).',
        confidence: 'low',
      });
      return { method: 'DELETE', url: `/api/items/${item}/attribution` };
    },
    expect: caseWrite,
    check: (res) => expect((res.json() as { human: unknown }).human).toBeNull(),
  },
  'GET /api/cases/:id/attributions': {
    req: async (w) => {
      await matrixAttribution();
      return { method: 'GET', url: `/api/cases/${id(w).caseId}/attributions?limit=500` };
    },
    expect: caseRead,
    check: (res, who) => {
      const ids = (res.json() as { rows: { itemId: number }[] }).rows.map((r) => r.itemId);
      expect(ids).toContain(who.target.itemId);
      // A restricted item is in no published view; its case's members see it.
      expect(ids.includes(who.target.hidden.itemId)).toBe(who.persona !== 'publishedReader');
    },
  },

  // Production estimates
  'GET /api/production/designations': {
    req: async () => {
      await matrixProduction();
      return { method: 'GET', url: '/api/production/designations' };
    },
    expect: everyone,
    check: (res, who) => {
      const names = (res.json() as { rows: { designation: string }[] }).rows.map((r) => r.designation);
      expect(names.includes(PRODUCTION.A), 'case A').toBe(readsA(who.persona));
      expect(names.includes(PRODUCTION.B), 'case B').toBe(who.persona === 'otherCase');
      expect(names).toContain(PRODUCTION.P);
    },
  },
  'GET /api/production': [
    {
      note: "a designation of case A's items",
      req: async () => {
        await matrixProduction();
        return { method: 'GET', url: `/api/production?designation=${PRODUCTION.A}` };
      },
      expect: everyone,
      check: (res, who) => {
        const ids = (res.json() as { observations: { itemId: number }[] }).observations.map((o) => o.itemId);
        expect(ids.includes(productionItems.A)).toBe(readsA(who.persona));
      },
    },
    {
      note: 'within one case, with its declared target',
      req: async (w) => {
        await matrixProduction();
        const d = w.persona === 'publishedReader' ? PRODUCTION.P : PRODUCTION.A;
        return { method: 'GET', url: `/api/production?designation=${d}&caseId=${id(w).caseId}` };
      },
      expect: caseRead,
      check: (res, who) => {
        const body = res.json() as { observations: unknown[]; targets: unknown[] };
        expect(body.observations).toHaveLength(1);
        // Declared targets are reference data: signed-in readers only.
        if (who.persona === 'publishedReader') expect(body.targets).toEqual([]);
      },
    },
  ],
  'GET /api/production/patterns': {
    req: async () => {
      await matrixProduction();
      return { method: 'GET', url: '/api/production/patterns' };
    },
    expect: signedIn,
  },
  'GET /api/production/patterns/:designation': {
    req: async () => {
      await matrixProduction();
      return { method: 'GET', url: `/api/production/patterns/${PRODUCTION.A}` };
    },
    expect: signedIn,
  },
  'PUT /api/production/patterns/:designation': {
    req: () =>
      body('PUT', `/api/production/patterns/Matrixbird-put-${next()}`, {
        pattern: '^(?<series>MX)-(?<number>\\d+)$',
      }),
    expect: referenceWrite,
  },
  'DELETE /api/production/patterns/:designation': {
    req: async () => ({ method: 'DELETE', url: `/api/production/patterns/${await freshPattern()}` }),
    expect: referenceWrite,
    check: deleted,
  },
  'GET /api/production/targets': {
    req: async () => {
      await matrixProduction();
      return { method: 'GET', url: '/api/production/targets' };
    },
    expect: signedIn,
  },
  'POST /api/production/targets': {
    req: () =>
      body('POST', '/api/production/targets', {
        designation: 'Matrixbird-target',
        units: 100,
        by: '2024-12-31',
        source: `Synthetic matrix claim ${next()}`,
      }),
    expect: referenceWrite,
  },
  'DELETE /api/production/targets/:id': {
    req: async () => ({ method: 'DELETE', url: `/api/production/targets/${await freshTarget()}` }),
    expect: referenceWrite,
    check: deleted,
  },

  // Audit log
  'GET /api/audit': [
    {
      note: "a case record's history",
      req: (w) => ({ method: 'GET', url: `/api/audit?entityType=item&entityId=${id(w).itemId}` }),
      expect: membersOnly,
      check: (res) => expect((res.json() as { entries: unknown[] }).entries.length).toBeGreaterThan(0),
    },
    {
      note: 'the whole log',
      req: () => ({ method: 'GET', url: '/api/audit?limit=5' }),
      expect: adminOnly,
      skipLeakCheck: true,
    },
    {
      note: "shared reference data's history",
      req: () => ({ method: 'GET', url: `/api/audit?entityType=organization&entityId=${orgId}` }),
      expect: signedIn,
    },
  ],
  'GET /api/audit/head': { req: () => ({ method: 'GET', url: '/api/audit/head' }), expect: signedIn },

  // Background jobs and imports
  'GET /api/jobs': {
    req: () => ({ method: 'GET', url: '/api/jobs?limit=200' }),
    expect: signedIn,
    check: (res, who) => {
      const jobs = (res.json() as { jobs: { requestedBy: string }[] }).jobs;
      if (who.persona === 'admin') expect(jobs.length).toBeGreaterThan(0);
      // Labels are user:<id>:<name> or token:<id>:<name>/<token name>: only their own.
      else
        for (const j of jobs)
          expect(j.requestedBy).toMatch(new RegExp(`^(user|token):\\d+:${who.user!.username}(/|$)`));
    },
  },
  'GET /api/jobs/:id': {
    req: async (w) => ({ method: 'GET', url: `/api/jobs/${await ownerJob(w.mode)}` }),
    expect: ownersThing,
  },
  'POST /api/verify': { req: () => ({ method: 'POST', url: '/api/verify' }), expect: adminOnly },
  'POST /api/imports': {
    req: (w) => ({
      method: 'POST',
      url: `/api/imports?kind=items&caseId=${id(w).caseId}`,
      payload: multipart('items.csv', 'text/csv', `itemType,externalRef\nuav,IMP-${next()}\n`),
      headers: multipartHeaders,
    }),
    expect: caseWrite,
  },
  'POST /api/imports/uploads': {
    req: (w) => ({
      method: 'POST',
      url: `/api/imports/uploads?caseId=${id(w).caseId}`,
      payload: multipart('wizard.csv', 'text/csv', `itemType,externalRef\nuav,WIZ-${next()}\n`),
      headers: multipartHeaders,
    }),
    expect: caseWrite,
    check: (res) =>
      expect((res.json() as { headers: string[] }).headers).toEqual(['itemType', 'externalRef']),
  },
  'POST /api/imports/uploads/:uploadId/check': {
    req: async (w) =>
      body('POST', `/api/imports/uploads/${await ownerUpload()}/check`, {
        kind: 'items',
        caseId: id(w).caseId,
      }),
    // An upload is its uploader's alone (here the owner's): anyone else is told it does not exist.
    expect: uploadersThing,
    check: (res) => expect((res.json() as { ok: boolean; added: number }).ok).toBe(true),
  },
  'POST /api/imports/uploads/:uploadId/run': {
    req: async (w) =>
      body('POST', `/api/imports/uploads/${await ownerUpload()}/run`, {
        kind: 'items',
        caseId: id(w).caseId,
      }),
    expect: uploadersThing,
  },

  // Sessions, one's own account and tokens
  'POST /api/session': {
    req: (w) => {
      const u = w.user ?? visitor;
      return body('POST', '/api/session', { username: u.username, password: passwords.get(u.id) });
    },
    expect: everyone,
    check: (res, who) =>
      expect((res.json() as { user: { username: string } }).user.username).toBe(
        (who.user ?? visitor).username,
      ),
  },
  'GET /api/session': {
    req: () => ({ method: 'GET', url: '/api/session' }),
    expect: signedIn,
    check: (res, who) => expect((res.json() as { user: { id: number } }).user.id).toBe(who.user!.id),
  },
  'GET /api/session/current': {
    req: () => ({ method: 'GET', url: '/api/session/current' }),
    expect: everyone,
    check: (res, who) => {
      const { session } = res.json() as { session: { user: { id: number } } | null };
      if (who.user) expect(session?.user.id).toBe(who.user.id);
      else expect(session).toBeNull();
    },
  },
  'DELETE /api/session': {
    via: 'fresh-session',
    req: () => ({ method: 'DELETE', url: '/api/session' }),
    expect: signedIn,
  },
  'POST /api/account/password': {
    via: 'session',
    req: (w) => {
      const u = w.user ?? visitor;
      return body('POST', '/api/account/password', {
        currentPassword: passwords.get(u.id),
        newPassword: `${TEST_PASSWORD} ${next()}`,
      });
    },
    expect: signedIn,
    // The next sign-in of this user needs the new password.
    after: (res, who, req) => {
      if (res.statusCode === 200 && who.user)
        passwords.set(who.user.id, (req.payload as { newPassword: string }).newPassword);
    },
  },
  'GET /api/tokens': {
    req: () => ({ method: 'GET', url: '/api/tokens' }),
    expect: signedIn,
    check: (res, who) => {
      const list = (res.json() as { tokens: { userId: number }[] }).tokens;
      expect(list.length).toBeGreaterThan(0);
      for (const t of list) expect(t.userId).toBe(who.user!.id);
    },
  },
  'POST /api/tokens': {
    via: 'session',
    req: () => body('POST', '/api/tokens', { name: `matrix ${next()}`, scope: 'read', expiresInDays: 1 }),
    expect: signedIn,
    check: (res, who) =>
      expect((res.json() as { token: { userId: number } }).token.userId).toBe(who.user!.id),
  },
  'DELETE /api/tokens/:id': [
    {
      note: "another user's token",
      req: async () => ({ method: 'DELETE', url: `/api/tokens/${await fresh.token(visitor)}` }),
      expect: someoneElsesThing,
    },
    {
      note: 'one of their own tokens',
      req: async (w) => ({ method: 'DELETE', url: `/api/tokens/${await fresh.token(w.user ?? visitor)}` }),
      expect: signedIn,
      check: (res) => expect((res.json() as { revokedAt: string | null }).revokedAt).toBeTruthy(),
    },
  ],

  // Users (administrators)
  'GET /api/users': { req: () => ({ method: 'GET', url: '/api/users' }), expect: adminOnly },
  'POST /api/users': {
    req: () => body('POST', '/api/users', { username: `matrix-new-${next()}` }),
    expect: adminOnly,
  },
  'PATCH /api/users/:id': {
    req: () => body('PATCH', `/api/users/${resetTarget.id}`, { displayName: `Renamed ${next()}` }),
    expect: adminOnly,
  },
  'POST /api/users/:id/reset-password': {
    req: () => ({ method: 'POST', url: `/api/users/${resetTarget.id}/reset-password` }),
    expect: adminOnly,
  },

  // Members of a case
  'GET /api/cases/:id/members': {
    req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/members` }),
    // Members see who else is on the case; an administrator handing a case on does too.
    expect: { ...membersOnly, admin: 'allow' },
    check: (res) =>
      expect((res.json() as { members: { username: string }[] }).members.map((m) => m.username)).toContain(
        users.owner.username,
      ),
  },
  'POST /api/cases/:id/members': {
    req: async (w) => {
      await candidateMembership(id(w).caseId, false);
      return body('POST', `/api/cases/${id(w).caseId}/members`, {
        username: candidate.username,
        role: 'viewer',
      });
    },
    expect: manage,
  },
  'PATCH /api/cases/:id/members/:memberId': {
    req: async (w) =>
      body('PATCH', `/api/cases/${id(w).caseId}/members/${await candidateMembership(id(w).caseId, true)}`, {
        role: 'editor',
      }),
    expect: manage,
  },
  'DELETE /api/cases/:id/members/:memberId': {
    req: async (w) => ({
      method: 'DELETE',
      url: `/api/cases/${id(w).caseId}/members/${await candidateMembership(id(w).caseId, true)}`,
    }),
    expect: manage,
  },

  // Publication
  'GET /api/cases/:id/publications': {
    req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/publications` }),
    expect: membersOnly,
  },
  'POST /api/cases/:id/publication': {
    req: async (w) =>
      body(
        'POST',
        `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await caseLikeA()}/publication`,
        { note: 'ready (synthetic)' },
      ),
    expect: ownerWrite,
  },
  'POST /api/cases/:id/publication/approve': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await pendingCaseLikeA()}/publication/approve`,
    }),
    expect: secondMember,
    check: (res) => expect((res.json() as { state: string }).state).toBe('published'),
  },
  'POST /api/cases/:id/publication/reject': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await pendingCaseLikeA()}/publication/reject`,
    }),
    expect: secondMember,
    check: (res) => expect((res.json() as { state: string }).state).toBe('rejected'),
  },
  'POST /api/cases/:id/publication/withdraw': {
    req: async (w) => ({
      method: 'POST',
      url: `/api/cases/${w.persona === 'publishedReader' ? P.caseId : await publishedCaseLikeA()}/publication/withdraw`,
    }),
    expect: withdraw,
    check: (res) => expect((res.json() as { state: string }).state).toBe('withdrawn'),
  },

  // Restrictions and company replies
  'GET /api/cases/:id/restrictions': {
    req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/restrictions` }),
    expect: membersOnly,
  },
  'POST /api/cases/:id/restrictions': {
    req: async (w) =>
      body('POST', `/api/cases/${id(w).caseId}/restrictions`, {
        entityType: 'item',
        entityId: await fresh.item(id(w).caseId),
        reason: 'source protection (synthetic)',
      }),
    expect: caseWrite,
  },
  'DELETE /api/cases/:id/restrictions/:subId': {
    req: async (w) => ({
      method: 'DELETE',
      url: `/api/cases/${id(w).caseId}/restrictions/${await fresh.restriction(id(w))}`,
    }),
    expect: caseWrite,
  },
  'GET /api/cases/:id/replies': {
    req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/replies` }),
    expect: caseRead,
    check: (res, who) =>
      expect((res.json() as { replies: { id: number }[] }).replies.map((r) => r.id)).toContain(
        who.target.replyId,
      ),
  },
  'POST /api/cases/:id/replies': {
    req: (w) =>
      body('POST', `/api/cases/${id(w).caseId}/replies`, {
        companyName: 'Example Distribution (synthetic)',
        receivedAt: '2024-07-01',
        reply: 'Shipped to a reseller (synthetic test data).',
        evidenceFileId: id(w).fileId,
      }),
    expect: caseWrite,
  },
  'DELETE /api/cases/:id/replies/:subId': {
    req: async (w) => ({
      method: 'DELETE',
      url: `/api/cases/${id(w).caseId}/replies/${await fresh.reply(id(w))}`,
    }),
    expect: caseWrite,
  },

  // Exports
  'GET /api/cases/:id/export/:what': [
    {
      note: 'items as CSV',
      req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/export/items?format=csv` }),
      expect: caseRead,
      check: (res, who) => expect(res.body).toContain(who.target.externalRef),
    },
    {
      note: 'components as JSON Lines',
      req: (w) => ({ method: 'GET', url: `/api/cases/${id(w).caseId}/export/components?format=jsonl` }),
      expect: caseRead,
      check: (res) => expect(res.body.trim().length).toBeGreaterThan(0),
    },
  ],
};

const probesOf = (key: string): Probe[] => {
  const e = EXPECTATIONS[key];
  return e === undefined ? [] : Array.isArray(e) ? e : [e];
};

// ---------------------------------------------------------------------------------------------------

beforeAll(async () => {
  const mk = (role: 'member' | 'analyst' | 'admin' = 'member') => makeUser(app, { role });
  users = {
    otherCase: await mk(),
    viewer: await mk(),
    editor: await mk(),
    owner: await mk(),
    analyst: await mk('analyst'),
    admin: await mk('admin'),
  };
  visitor = await mk();
  candidate = await mk();
  resetTarget = await mk();
  pOwner = await mk();
  pEditor = await mk();
  for (const u of [...Object.values(users), visitor, candidate, resetTarget, pOwner, pEditor])
    passwords.set(u.id, u.password);

  A = await caseWithRecords('A', MARK.A, `Case A ${MARK.A} (synthetic test data)`);
  await addMember(app, A.caseId, users.viewer.username, 'viewer');
  await addMember(app, A.caseId, users.editor.username, 'editor');
  await addMember(app, A.caseId, users.owner.username, 'owner');

  B = await caseWithRecords('B', MARK.B, `Case B ${MARK.B} (synthetic test data)`);
  await addMember(app, B.caseId, users.otherCase.username, 'editor');

  // Case P: its notes, places, sources and file names carry P's mark, which no published view shows;
  // so does everything of its restricted item.
  P = await caseWithRecords('P', MARK.P, 'Case P, published (synthetic test data)');
  await addMember(app, P.caseId, pOwner.username, 'owner');
  await addMember(app, P.caseId, pEditor.username, 'editor');
  // Published through the real workflow: the owner asks, a second member approves.
  const asked = await server.inject({
    method: 'POST',
    url: `/api/cases/${P.caseId}/publication`,
    payload: { note: 'ready for publication (synthetic)' },
    headers: await tokenHeaders(app, pOwner.id),
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const approved = await server.inject({
    method: 'POST',
    url: `/api/cases/${P.caseId}/publication/approve`,
    headers: await tokenHeaders(app, pEditor.id),
  });
  expect(approved.statusCode, approved.body).toBe(200);
  expect((await app.cases.get(localAdmin, P.caseId)).status).toBe('published');
  expect((await app.cases.get(localAdmin, A.caseId)).status).toBe('open');

  orgId = (await app.parties.createOrganization(localAdmin, { name: 'Matrix Reference Org (synthetic)' })).id;

  for (const u of Object.values(users)) {
    tokens.set(u.id, await tokenHeaders(app, u.id));
    sessions.set(u.id, await signIn(server, u.username));
  }
  // A job of someone else, so that the jobs list has something to leave out.
  await app.jobs.enqueue(await actorOf(visitor), 'verify', {}, 1);
});

describe('authorization matrix', () => {
  it('every route of the server has an entry in the expectations table', () => {
    expect(routeKeys.length).toBeGreaterThan(50);
    expect(routeKeys.filter((k) => !(k in EXPECTATIONS))).toEqual([]);
  });

  it('every entry of the expectations table is a route of the server', () => {
    expect(Object.keys(EXPECTATIONS).filter((k) => !routeKeys.includes(k))).toEqual([]);
  });

  let cells = 0;
  afterAll(() => {
    // The count of (route, persona) cells checked, both credentials together.
    console.log(`authorization matrix: ${cells} (route, persona) cells checked`);
  });

  for (const mode of ['token', 'session'] as const) {
    describe(`with ${mode === 'token' ? 'API tokens' : 'cookie sessions and the CSRF header'}`, () => {
      for (const key of routeKeys) {
        it(key, async () => {
          const probes = probesOf(key);
          expect(probes.length, `no entry for ${key} in the expectations table`).toBeGreaterThan(0);
          const failures: string[] = [];
          for (const probe of probes) {
            for (const persona of personas) {
              const user = persona === 'anonymous' || persona === 'publishedReader' ? null : users[persona];
              const who: Who = { persona, user, target: persona === 'publishedReader' ? P : A, mode };
              const r = await probe.req(who);
              const auth = !user
                ? {}
                : probe.via === 'fresh-session'
                  ? await freshSession(user)
                  : credentials(user, probe.via === 'session' ? 'session' : mode);
              const res = await server.inject({
                method: r.method,
                url: r.url,
                ...(r.payload === undefined ? {} : { payload: r.payload }),
                headers: { ...auth, ...(r.headers ?? {}) },
              });
              cells++;
              const want = probe.expect[persona];
              const where = `${key}${probe.note ? ` (${probe.note})` : ''} as ${persona}`;
              const got = res.statusCode;
              const ok = want === 'allow' ? got >= 200 && got < 300 : got === want;
              if (!ok) failures.push(`${where}: expected ${want}, got ${got} ${res.body.slice(0, 200)}`);
              else {
                if (want === 'allow' && probe.check) {
                  try {
                    await probe.check(res, who);
                  } catch (e) {
                    failures.push(`${where}: ${(e as Error).message}`);
                  }
                }
                if (!probe.skipLeakCheck) {
                  const leaked = [
                    ...(readsA(persona) ? [] : [MARK.A]),
                    ...(persona === 'otherCase' ? [] : [MARK.B]),
                    MARK.P,
                  ].filter((m) => res.body.includes(m));
                  if (leaked.length > 0) failures.push(`${where}: the answer holds ${leaked.join(', ')}`);
                }
              }
              probe.after?.(res, who, r);
            }
          }
          expect(failures).toEqual([]);
        });
      }
    });
  }

  it('a cookie session without its CSRF token changes nothing (403)', async () => {
    const { cookie } = sessions.get(users.editor.id)!;
    const before = (await app.items.get(localAdmin, A.itemId)).condition;
    const res = await server.inject({
      method: 'PATCH',
      url: `/api/items/${A.itemId}`,
      payload: { condition: 'changed without CSRF (synthetic)' },
      headers: { cookie },
    });
    expect(res.statusCode).toBe(403);
    expect((await app.items.get(localAdmin, A.itemId)).condition).toBe(before);
  });
});
