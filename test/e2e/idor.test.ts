// IDOR: an editor of case A tries every route that takes an id with the ids of case B's records (in
// the path, the query or the body). Reads answer "not found" and hold nothing of case B; writes are
// refused (403/404, or 400 for a link to a record of another case) and change nothing: every table's
// rows, the audit chain's head and the file store are the same afterwards. Lists filtered by B's ids
// are empty, search finds nothing of B, and the audit history of B's records is "not found".
// All data is synthetic test data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../src/core/actor.ts';
import { buildServer, routeTable } from '../../src/server/index.ts';
import { addMember, makeUser, signIn, tokenHeaders } from '../helpers/auth.ts';
import { makeCase, makeComponent, makeItem } from '../helpers/factories.ts';
import { createTestInstance } from '../helpers/test-app.ts';

const instance = await createTestInstance('sqlite');
const app = instance.app;
const server = await buildServer(app);
const routeKeys = [
  ...new Set(
    routeTable(server)
      .filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`),
  ),
];

afterAll(async () => {
  await server.close();
  await instance.destroy();
});

/** Strings only case B's records hold: none may appear in any answer to the editor of case A. */
const B_MARK = 'zqIdorCaseBMark';
const B_WORD = 'Zorblaxian';
const B_OWNER = 'idor-owner-b';

/** Routes with an id in their path that need no probe, and why. */
const EXEMPT: Record<string, string> = {
  'GET /api/organizations/:id': 'shared reference data: every signed-in user reads it, no case involved',
  'PATCH /api/organizations/:id': 'shared reference data (analysts), no case involved',
  'DELETE /api/organizations/:id': 'shared reference data (analysts), no case involved',
  'POST /api/organizations/:id/restore': 'shared reference data (analysts), no case involved',
  'GET /api/persons/:id': 'shared reference data: every signed-in user reads it, no case involved',
  'PATCH /api/persons/:id': 'shared reference data (analysts), no case involved',
  'DELETE /api/persons/:id': 'shared reference data (analysts), no case involved',
  'POST /api/persons/:id/restore': 'shared reference data (analysts), no case involved',
  'GET /api/catalog/parts/:id': 'shared reference data: every signed-in user reads it, no case involved',
  'PATCH /api/catalog/parts/:id': 'shared reference data (analysts), no case involved',
  'GET /api/catalog/parts/:id/found':
    "a shared part's appearances, listed within the caller's cases (the authorization matrix checks that case A's appear only to its members)",
  'GET /api/catalog/lots/:id/:lotCode': "a shared part's lot, listed within the caller's cases like /found",
  'POST /api/organizations/:id/merge': 'shared reference data (analysts), no case involved',
  'GET /api/makers/:id':
    "a shared maker's reference data; its counts count only the caller's cases (the authorization matrix checks case A's)",
  'GET /api/lists/:id': 'a shared watch list: reference data every signed-in user reads, no case involved',
  'GET /api/lists/:id/versions/:version/changes': 'a shared watch list version, no case involved',
  'GET /api/lists/:id/entries': 'a shared watch list, no case involved',
  'GET /api/lists/entries/:entryRowId': 'a shared watch-list entry, no case involved',
  'POST /api/screening/hits/:id/decision':
    'a hit of a shared party on a shared list entry (analysts), no case involved',
  'GET /api/screening/parties/:partyType/:id': "a shared party's screening, no case involved",
  'GET /api/variants/versions/:version': 'the shared variant profile document, no case involved',
  'GET /api/production/patterns/:designation': 'a shared serial pattern, no case involved',
  'PUT /api/production/patterns/:designation': 'a shared serial pattern (analysts), no case involved',
  'DELETE /api/production/patterns/:designation': 'a shared serial pattern (analysts), no case involved',
  'DELETE /api/production/targets/:id': 'a shared declared target (analysts), no case involved',
};
/** Routes that take case-scoped ids in their query or body (or list case records): probed too. */
const IDS_IN_QUERY_OR_BODY = [
  'GET /api/cases',
  'GET /api/items',
  'POST /api/items',
  'GET /api/components',
  'POST /api/components',
  'GET /api/custody-events',
  'POST /api/custody-events',
  'GET /api/files',
  'POST /api/files',
  'POST /api/imports',
  'POST /api/imports/uploads',
  'GET /api/stats',
  'GET /api/markings/review',
  'GET /api/items/map',
  'GET /api/search',
  'GET /api/audit',
  'GET /api/jobs',
  'GET /api/tokens',
  'POST /api/tokens',
  'GET /api/production',
  'GET /api/production/designations',
];

interface Req {
  method: NonNullable<InjectOptions['method']>;
  url: string;
  payload?: string | object | Buffer;
  headers?: Record<string, string>;
}
type Res = Awaited<ReturnType<typeof server.inject>>;
interface IdorProbe {
  /** The route, as "METHOD url" of the route table. */
  route: string;
  what: string;
  /** read: 404 (or `status`); list: 200 and `check`; write: 400/403/404 (or `status`). */
  kind: 'read' | 'list' | 'write';
  status?: number[];
  /** Who tries: the editor of A with an API token (default), with a session, or the owner of A. */
  as?: 'editor-session' | 'owner';
  req(): Req | Promise<Req>;
  check?(res: Res): void;
}

interface Recs {
  caseId: number;
  itemId: number;
  componentId: number;
  fileId: number;
  custodyId: number;
}
let A: Recs;
let B: Recs & {
  childComponentId: number;
  deletedItemId: number;
  restrictedItemId: number;
  restrictionId: number;
  replyId: number;
  memberId: number;
  publicationId: number;
  tokenId: number;
  tokenOwnerId: number;
  jobId: number;
  fileSha: string;
  fileBytes: Buffer;
  makerOrgId: number;
  uploadId: string;
};

/** A new upload of the editor of A to the import wizard, in case A. */
async function editorUpload(): Promise<string> {
  const res = await server.inject({
    method: 'POST',
    url: `/api/imports/uploads?caseId=${A.caseId}`,
    ...multipart('mine.csv', 'text/csv', 'itemType,externalRef\nuav,MINE-1\n'),
    headers: { ...multipart('', '', '').headers, ...editorToken },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { uploadId: string }).uploadId;
}
let editorToken: Record<string, string>;
let editorSession: Record<string, string>;
let ownerToken: Record<string, string>;
let n = 0;

async function png(): Promise<Buffer> {
  n++;
  return sharp({ create: { width: 4, height: 4, channels: 3, background: { r: n, g: 200, b: 10 } } })
    .png()
    .toBuffer();
}

const BOUNDARY = 'idor-boundary';
function multipart(
  filename: string,
  type: string,
  body: Buffer | string,
  fields: Record<string, string> = {},
) {
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return {
    payload: Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

async function uploadAsAdmin(caseId: number, name: string, bytes: Buffer, links = {}) {
  return (await app.evidenceFiles.add(localAdmin, { caseId, ...links }, Readable.from([bytes]), name)).file;
}

/** Everything a refused request could have changed: every table but sessions and the throttle, the
 * audit chain's head, and the files in the data folder. */
async function snapshot(): Promise<string> {
  const k = app.db.kysely;
  const tables = [
    'cases',
    'recovered_items',
    'components',
    'evidence_files',
    'custody_events',
    'organizations',
    'persons',
    'jobs',
    'users',
    'case_members',
    'api_tokens',
    'case_publications',
    'restrictions',
    'company_replies',
    'attribution_decisions',
    'variant_profile_versions',
    'serial_patterns',
    'production_targets',
  ] as const;
  const rows: Record<string, unknown> = {};
  for (const t of tables) rows[t] = await k.selectFrom(t).selectAll().orderBy('id').execute();
  const files = (dir: string): string[] => {
    try {
      return readdirSync(dir, { recursive: true }).map(String).sort();
    } catch {
      return [];
    }
  };
  return JSON.stringify({
    rows,
    head: await app.auditLog.head(k),
    files: files(join(instance.dataDir, 'files')),
    imports: files(join(instance.dataDir, 'imports')),
  });
}

const get = (url: string): Req => ({ method: 'GET', url });
const send = (method: Req['method'], url: string, payload?: object): Req => ({
  method,
  url,
  ...(payload ? { payload } : {}),
});
const rows = (res: Res) => (res.json() as { rows: { id: number; caseId: number }[] }).rows;
const noRows = (res: Res) => expect(rows(res)).toEqual([]);

const PROBES: IdorProbe[] = [];
function probe(route: string, what: string, kind: IdorProbe['kind'], req: IdorProbe['req'], more = {}) {
  PROBES.push({ route, what, kind, req, ...more });
}

// Cases
probe('GET /api/cases/:id', "B's case", 'read', () => get(`/api/cases/${B.caseId}`));
probe('PATCH /api/cases/:id', "B's case", 'write', () =>
  send('PATCH', `/api/cases/${B.caseId}`, { summary: 'taken over' }),
);
probe('DELETE /api/cases/:id', "B's case", 'write', () => send('DELETE', `/api/cases/${B.caseId}`));
probe('POST /api/cases/:id/restore', "B's case", 'write', () =>
  send('POST', `/api/cases/${B.caseId}/restore`),
);
probe('GET /api/cases', 'every case, deleted ones too', 'list', () => get('/api/cases?includeDeleted=true'), {
  check: (res: Res) => expect(rows(res).map((r) => r.id)).not.toContain(B.caseId),
});

// Items
probe('GET /api/items/:id', "B's item", 'read', () => get(`/api/items/${B.itemId}`));
probe('GET /api/items/:id', "B's deleted item", 'read', () => get(`/api/items/${B.deletedItemId}`));
probe('GET /api/items', "filtered by B's caseId", 'list', () => get(`/api/items?caseId=${B.caseId}`), {
  check: noRows,
});
probe(
  'GET /api/items',
  "filtered by B's caseId, deleted ones too",
  'list',
  () => get(`/api/items?caseId=${B.caseId}&includeDeleted=true`),
  { check: noRows },
);
probe('POST /api/items', "into B's case", 'write', () =>
  send('POST', '/api/items', { caseId: B.caseId, itemType: 'uav', externalRef: 'INTRUDER-1' }),
);
probe('PATCH /api/items/:id', "B's item", 'write', () =>
  send('PATCH', `/api/items/${B.itemId}`, { notes: 'overwritten' }),
);
probe('DELETE /api/items/:id', "B's item", 'write', () => send('DELETE', `/api/items/${B.itemId}`));
probe('POST /api/items/:id/restore', "B's deleted item", 'write', () =>
  send('POST', `/api/items/${B.deletedItemId}/restore`),
);

// Components
probe('GET /api/components/:id', "B's component", 'read', () => get(`/api/components/${B.componentId}`));
for (const [filter, value] of [
  ['caseId', () => B.caseId],
  ['itemId', () => B.itemId],
  ['parentId', () => B.componentId],
] as const)
  probe(
    'GET /api/components',
    `filtered by B's ${filter}`,
    'list',
    () => get(`/api/components?${filter}=${value()}`),
    {
      check: noRows,
    },
  );
probe('POST /api/components', "into B's item", 'write', () =>
  send('POST', '/api/components', { itemId: B.itemId, subsystem: 'power', markingRaw: 'X' }),
);
probe('POST /api/components', "in A's item under B's component", 'write', () =>
  send('POST', '/api/components', { itemId: A.itemId, parentId: B.componentId, subsystem: 'power' }),
);
probe('POST /api/components', "in A's item, linked to B's file", 'write', () =>
  send('POST', '/api/components', { itemId: A.itemId, evidenceFileId: B.fileId, subsystem: 'power' }),
);
probe('PATCH /api/components/:id', "B's component", 'write', () =>
  send('PATCH', `/api/components/${B.componentId}`, { notes: 'overwritten' }),
);
probe('PATCH /api/components/:id', "A's component moved under B's component", 'write', () =>
  send('PATCH', `/api/components/${A.componentId}`, { parentId: B.componentId }),
);
probe('PATCH /api/components/:id', "A's component linked to B's file", 'write', () =>
  send('PATCH', `/api/components/${A.componentId}`, { evidenceFileId: B.fileId }),
);
probe('PATCH /api/components/:id', "A's component moved into B's item", 'write', () =>
  send('PATCH', `/api/components/${A.componentId}`, { itemId: B.itemId }),
);
probe('DELETE /api/components/:id', "B's component", 'write', () =>
  send('DELETE', `/api/components/${B.componentId}`),
);
probe('POST /api/components/:id/restore', "B's component", 'write', () =>
  send('POST', `/api/components/${B.componentId}/restore`),
);

// Custody events
probe('GET /api/custody-events/:id', "B's custody event", 'read', () =>
  get(`/api/custody-events/${B.custodyId}`),
);
for (const [filter, value] of [
  ['caseId', () => B.caseId],
  ['itemId', () => B.itemId],
] as const)
  probe(
    'GET /api/custody-events',
    `filtered by B's ${filter}`,
    'list',
    () => get(`/api/custody-events?${filter}=${value()}&includeDeleted=true`),
    { check: noRows },
  );
probe('POST /api/custody-events', "into B's case", 'write', () =>
  send('POST', '/api/custody-events', {
    caseId: B.caseId,
    occurredAt: '2024-05-01T10:00:00Z',
    action: 'stored',
  }),
);
probe('POST /api/custody-events', "in A's case about B's item", 'write', () =>
  send('POST', '/api/custody-events', {
    caseId: A.caseId,
    itemId: B.itemId,
    occurredAt: '2024-05-01T10:00:00Z',
    action: 'stored',
  }),
);
probe('POST /api/custody-events', "in A's case with B's file", 'write', () =>
  send('POST', '/api/custody-events', {
    caseId: A.caseId,
    evidenceFileId: B.fileId,
    occurredAt: '2024-05-01T10:00:00Z',
    action: 'stored',
  }),
);
probe('PATCH /api/custody-events/:id', "B's custody event", 'write', () =>
  send('PATCH', `/api/custody-events/${B.custodyId}`, { notes: 'overwritten' }),
);
probe('PATCH /api/custody-events/:id', "A's event pointed at B's item", 'write', () =>
  send('PATCH', `/api/custody-events/${A.custodyId}`, { itemId: B.itemId }),
);
probe('PATCH /api/custody-events/:id', "A's event pointed at B's file", 'write', () =>
  send('PATCH', `/api/custody-events/${A.custodyId}`, { evidenceFileId: B.fileId }),
);
probe('PATCH /api/custody-events/:id', "A's event moved to B's case", 'write', () =>
  send('PATCH', `/api/custody-events/${A.custodyId}`, { caseId: B.caseId }),
);
probe('DELETE /api/custody-events/:id', "B's custody event", 'write', () =>
  send('DELETE', `/api/custody-events/${B.custodyId}`),
);
probe('POST /api/custody-events/:id/restore', "B's custody event", 'write', () =>
  send('POST', `/api/custody-events/${B.custodyId}/restore`),
);

// Evidence files
probe('GET /api/files/:id', "B's file", 'read', () => get(`/api/files/${B.fileId}`));
probe('GET /api/files/:id/content', "B's file", 'read', () => get(`/api/files/${B.fileId}/content`));
for (const [filter, value] of [
  ['caseId', () => B.caseId],
  ['itemId', () => B.itemId],
  ['componentId', () => B.componentId],
] as const)
  probe('GET /api/files', `filtered by B's ${filter}`, 'list', () => get(`/api/files?${filter}=${value()}`), {
    check: noRows,
  });
const uploadTo = async (query: string, fields: Record<string, string> = {}): Promise<Req> => ({
  method: 'POST',
  url: `/api/files${query}`,
  ...multipart(`intruder-${n}.png`, 'image/png', await png(), fields),
});
probe('POST /api/files', "into B's case (query)", 'write', () => uploadTo(`?caseId=${B.caseId}`));
probe('POST /api/files', "into B's case (form field)", 'write', () =>
  uploadTo('', { caseId: String(B.caseId) }),
);
probe('POST /api/files', "into A's case, linked to B's item", 'write', () =>
  uploadTo(`?caseId=${A.caseId}&itemId=${B.itemId}`),
);
probe('POST /api/files', "into A's case, linked to B's component", 'write', () =>
  uploadTo(`?caseId=${A.caseId}&componentId=${B.componentId}`),
);
probe('PATCH /api/files/:id', "B's file", 'write', () =>
  send('PATCH', `/api/files/${B.fileId}`, { description: 'overwritten' }),
);
probe('PATCH /api/files/:id', "A's file linked to B's item", 'write', () =>
  send('PATCH', `/api/files/${A.fileId}`, { itemId: B.itemId }),
);
probe('PATCH /api/files/:id', "A's file linked to B's component", 'write', () =>
  send('PATCH', `/api/files/${A.fileId}`, { componentId: B.componentId }),
);
probe('DELETE /api/files/:id', "B's file", 'write', () => send('DELETE', `/api/files/${B.fileId}`));

// Attribution
probe('GET /api/items/:id/attribution', "B's item", 'read', () => get(`/api/items/${B.itemId}/attribution`));
probe('GET /api/items/:id/attribution', "B's restricted item", 'read', () =>
  get(`/api/items/${B.restrictedItemId}/attribution`),
);
probe('PUT /api/items/:id/attribution', "B's item", 'write', () =>
  send('PUT', `/api/items/${B.itemId}/attribution`, {
    variantId: 'unknown',
    basis: 'taken over',
    confidence: 'low',
  }),
);
probe('DELETE /api/items/:id/attribution', "B's item's decision", 'write', () =>
  send('DELETE', `/api/items/${B.itemId}/attribution`),
);
probe('GET /api/cases/:id/attributions', "B's case", 'read', () =>
  get(`/api/cases/${B.caseId}/attributions`),
);
probe('GET /api/cases/:id/attributions', "B's case, by B's designation", 'read', () =>
  get(`/api/cases/${B.caseId}/attributions?designation=${B_WORD}`),
);

// Production estimates
probe('GET /api/production', "B's case", 'read', () =>
  get(`/api/production?designation=${B_WORD}&caseId=${B.caseId}`),
);
probe(
  'GET /api/production',
  "B's designation, in every case the editor may read",
  'list',
  () => get(`/api/production?designation=${B_WORD}`),
  { check: (res: Res) => expect((res.json() as { observations: unknown[] }).observations).toEqual([]) },
);
probe(
  'GET /api/production/designations',
  'every designation the editor may read',
  'list',
  () => get('/api/production/designations'),
  {
    check: (res: Res) =>
      expect(
        (res.json() as { rows: { designation: string }[] }).rows.map((r) => r.designation),
      ).not.toContain(B_WORD),
  },
);

// Search, counts, imports, exports
probe(
  'GET /api/search',
  "a word only B's records hold",
  'list',
  () => get(`/api/search?q=${B_WORD}&limit=100`),
  {
    check: (res: Res) => expect((res.json() as { hits: unknown[] }).hits).toEqual([]),
  },
);
probe(
  'GET /api/markings/review',
  "B's unresolved maker name and flagged parts",
  'list',
  () => get('/api/markings/review'),
  {
    check: (res: Res) => {
      const body = res.json() as { unresolved: { name: string }[]; flagged: { rows: { caseId: number }[] } };
      expect(body.flagged.rows.filter((r) => r.caseId === B.caseId)).toEqual([]);
    },
  },
);
probe('GET /api/stats', "B's caseId", 'list', () => get(`/api/stats?caseId=${B.caseId}`), {
  check: (res: Res) =>
    expect(res.json()).toEqual({
      items: 0,
      components: 0,
      cases: 0,
      files: 0,
      itemsByType: {},
      itemsByMonth: [],
      componentsBySubsystem: {},
      componentsByCategory: [],
      componentsByMakerCountry: [],
      componentsByChplTier: [],
      recent: [],
    }),
});
probe('GET /api/items/map', "B's caseId", 'list', () => get(`/api/items/map?caseId=${B.caseId}`), {
  check: (res: Res) => expect((res.json() as { count: number }).count).toBe(0),
});
probe('GET /api/files/:id/thumbnail', "B's photo", 'read', () => get(`/api/files/${B.fileId}/thumbnail`));
probe(
  'GET /api/organizations/:id/appearances',
  "a maker of B's components",
  'list',
  () => get(`/api/organizations/${B.makerOrgId}/appearances`),
  {
    check: (res: Res) =>
      expect(res.json()).toEqual({ cases: [], components: { total: 0, limit: 50, offset: 0, rows: [] } }),
  },
);
probe('POST /api/imports', "into B's case", 'write', () => ({
  method: 'POST',
  url: `/api/imports?kind=items&caseId=${B.caseId}`,
  ...multipart('intruder.csv', 'text/csv', 'itemType,externalRef\nuav,INTRUDER-2\n'),
}));
probe('POST /api/imports/uploads', "into B's case", 'write', () => ({
  method: 'POST',
  url: `/api/imports/uploads?caseId=${B.caseId}`,
  ...multipart('intruder.csv', 'text/csv', 'itemType,externalRef\nuav,INTRUDER-3\n'),
}));
for (const step of ['check', 'run'] as const) {
  probe(`POST /api/imports/uploads/:uploadId/${step}`, "B's owner's upload", 'read', () =>
    send('POST', `/api/imports/uploads/${B.uploadId}/${step}`, { kind: 'items', caseId: A.caseId }),
  );
  probe(`POST /api/imports/uploads/:uploadId/${step}`, "their own upload, into B's case", 'write', async () =>
    send('POST', `/api/imports/uploads/${await editorUpload()}/${step}`, { kind: 'items', caseId: B.caseId }),
  );
}
probe('GET /api/cases/:id/export/:what', "B's items", 'read', () =>
  get(`/api/cases/${B.caseId}/export/items?format=csv`),
);
probe('GET /api/cases/:id/export/:what', "B's components", 'read', () =>
  get(`/api/cases/${B.caseId}/export/components?format=jsonl`),
);

// Audit history of B's records
for (const [type, value] of [
  ['case', () => B.caseId],
  ['item', () => B.itemId],
  ['component', () => B.componentId],
  ['evidence_file', () => B.fileId],
  ['custody_event', () => B.custodyId],
  ['restriction', () => B.restrictionId],
  ['company_reply', () => B.replyId],
  ['case_member', () => B.memberId],
  ['case_publication', () => B.publicationId],
] as const)
  probe('GET /api/audit', `history of B's ${type}`, 'read', () =>
    get(`/api/audit?entityType=${type}&entityId=${value()}`),
  );
probe(
  'GET /api/audit',
  "history of B's owner's API token (administrators only)",
  'read',
  () => get(`/api/audit?entityType=api_token&entityId=${B.tokenId}`),
  { status: [403] },
);

// Members
probe('GET /api/cases/:id/members', "B's members", 'read', () => get(`/api/cases/${B.caseId}/members`));
probe('POST /api/cases/:id/members', "join B's case", 'write', () =>
  send('POST', `/api/cases/${B.caseId}/members`, { username: 'idor-editor-a', role: 'owner' }),
);
probe('PATCH /api/cases/:id/members/:memberId', "B's owner", 'write', () =>
  send('PATCH', `/api/cases/${B.caseId}/members/${B.memberId}`, { role: 'viewer' }),
);
probe('DELETE /api/cases/:id/members/:memberId', "B's owner", 'write', () =>
  send('DELETE', `/api/cases/${B.caseId}/members/${B.memberId}`),
);
// The owner of A may manage A's members, but not B's through A's path.
probe(
  'PATCH /api/cases/:id/members/:memberId',
  "B's membership through A's path, as A's owner",
  'write',
  () => send('PATCH', `/api/cases/${A.caseId}/members/${B.memberId}`, { role: 'viewer' }),
  { as: 'owner', status: [404] },
);
probe(
  'DELETE /api/cases/:id/members/:memberId',
  "B's membership through A's path, as A's owner",
  'write',
  () => send('DELETE', `/api/cases/${A.caseId}/members/${B.memberId}`),
  { as: 'owner', status: [404] },
);

// Publication
probe('GET /api/cases/:id/publications', "B's publications", 'read', () =>
  get(`/api/cases/${B.caseId}/publications`),
);
for (const step of ['', '/approve', '/reject', '/withdraw'])
  probe(`POST /api/cases/:id/publication${step}`, "B's publication", 'write', () =>
    send('POST', `/api/cases/${B.caseId}/publication${step}`),
  );

// Restrictions and replies
probe('GET /api/cases/:id/restrictions', "B's restrictions", 'read', () =>
  get(`/api/cases/${B.caseId}/restrictions`),
);
probe('POST /api/cases/:id/restrictions', "in B's case", 'write', () =>
  send('POST', `/api/cases/${B.caseId}/restrictions`, { entityType: 'item', entityId: B.itemId }),
);
for (const [type, value] of [
  ['item', () => B.itemId],
  ['component', () => B.componentId],
  ['evidence_file', () => B.fileId],
  ['custody_event', () => B.custodyId],
] as const)
  probe('POST /api/cases/:id/restrictions', `B's ${type} through A's path`, 'write', () =>
    send('POST', `/api/cases/${A.caseId}/restrictions`, { entityType: type, entityId: value() }),
  );
probe('DELETE /api/cases/:id/restrictions/:subId', "B's restriction", 'write', () =>
  send('DELETE', `/api/cases/${B.caseId}/restrictions/${B.restrictionId}`),
);
probe('DELETE /api/cases/:id/restrictions/:subId', "B's restriction through A's path", 'write', () =>
  send('DELETE', `/api/cases/${A.caseId}/restrictions/${B.restrictionId}`),
);
probe('GET /api/cases/:id/replies', "B's replies", 'read', () => get(`/api/cases/${B.caseId}/replies`));
const reply = (evidenceFileId?: number) => ({
  companyName: 'Intruder Ltd (synthetic)',
  receivedAt: '2024-06-01',
  reply: 'planted',
  ...(evidenceFileId ? { evidenceFileId } : {}),
});
probe('POST /api/cases/:id/replies', "in B's case", 'write', () =>
  send('POST', `/api/cases/${B.caseId}/replies`, reply()),
);
probe('POST /api/cases/:id/replies', "in A's case citing B's file", 'write', () =>
  send('POST', `/api/cases/${A.caseId}/replies`, reply(B.fileId)),
);
probe('DELETE /api/cases/:id/replies/:subId', "B's reply", 'write', () =>
  send('DELETE', `/api/cases/${B.caseId}/replies/${B.replyId}`),
);
probe('DELETE /api/cases/:id/replies/:subId', "B's reply through A's path", 'write', () =>
  send('DELETE', `/api/cases/${A.caseId}/replies/${B.replyId}`),
);

// Jobs, tokens, users
probe('GET /api/jobs/:id', "B's owner's import", 'read', () => get(`/api/jobs/${B.jobId}`));
probe('GET /api/jobs', 'every job', 'list', () => get('/api/jobs?limit=200'), {
  check: (res: Res) =>
    expect((res.json() as { jobs: { id: number }[] }).jobs.map((j) => j.id)).not.toContain(B.jobId),
});
probe('GET /api/tokens', 'their tokens', 'list', () => get('/api/tokens'), {
  check: (res: Res) =>
    expect((res.json() as { tokens: { id: number }[] }).tokens.map((t) => t.id)).not.toContain(B.tokenId),
});
probe('DELETE /api/tokens/:id', "B's owner's token", 'write', () =>
  send('DELETE', `/api/tokens/${B.tokenId}`),
);
probe(
  'POST /api/tokens',
  "a token for B's case",
  'write',
  () => send('POST', '/api/tokens', { name: 'intruder', scope: 'write', caseId: B.caseId }),
  { as: 'editor-session', status: [400] },
);
probe('PATCH /api/users/:id', "B's owner", 'write', () =>
  send('PATCH', `/api/users/${B.tokenOwnerId}`, { instanceRole: 'member' }),
);
probe('POST /api/users/:id/reset-password', "B's owner", 'write', () =>
  send('POST', `/api/users/${B.tokenOwnerId}/reset-password`),
);

beforeAll(async () => {
  const editor = await makeUser(app, { username: 'idor-editor-a' });
  const ownerA = await makeUser(app, { username: 'idor-owner-a' });
  const ownerB = await makeUser(app, { username: B_OWNER });

  const a = await makeCase(app, 'IDOR case A (synthetic test data)');
  await addMember(app, a.id, editor.username, 'editor');
  await addMember(app, a.id, ownerA.username, 'owner');
  const aItem = await makeItem(app, a.id);
  A = {
    caseId: a.id,
    itemId: aItem.id,
    componentId: (await makeComponent(app, aItem.id)).id,
    fileId: (await uploadAsAdmin(a.id, 'a-photo.png', await png(), { itemId: aItem.id })).id,
    custodyId: (
      await app.custody.create(localAdmin, {
        caseId: a.id,
        itemId: aItem.id,
        occurredAt: '2024-03-08T10:00:00Z',
        action: 'received',
      })
    ).id,
  };

  // Case B: every record carries B's mark or word, so that any answer holding B's data shows it.
  const b = await makeCase(app, `IDOR case B ${B_MARK} (synthetic test data)`);
  const bMember = await addMember(app, b.id, ownerB.username, 'owner');
  const bItem = await makeItem(app, b.id, {
    externalRef: `${B_MARK}-ref`,
    designationMarked: `${B_WORD} ${B_MARK}`,
    designationAssessed: B_WORD,
    serialNumber: `${B_MARK}-serial`,
    notes: `${B_MARK} notes`,
  });
  const makerOrg = await app.parties.createOrganization(localAdmin, { name: 'IDOR Maker Org (synthetic)' });
  const bComponent = await makeComponent(app, bItem.id, {
    makerOrgId: makerOrg.id,
    markingRaw: `${B_WORD} ${B_MARK} marking`,
    notes: `${B_MARK} notes`,
  });
  const child = await makeComponent(app, bItem.id, {
    parentId: bComponent.id,
    markingRaw: `${B_WORD} ${B_MARK} child`,
    maker: `${B_WORD} ${B_MARK} Maker`,
  });
  // A remarked part (logo of one maker, prefix of another): flagged for the review.
  await makeComponent(app, bItem.id, { markingRaw: `TI\nSTM32F405RGT6\n${B_MARK}` });
  const fileBytes = await png();
  const bFile = await uploadAsAdmin(b.id, `${B_MARK}.png`, fileBytes, {
    itemId: bItem.id,
    componentId: bComponent.id,
  });
  const bCustody = await app.custody.create(localAdmin, {
    caseId: b.id,
    itemId: bItem.id,
    evidenceFileId: bFile.id,
    occurredAt: '2024-03-08T10:00:00Z',
    action: 'handed_over',
    notes: `${B_MARK} custody`,
  });
  const gone = await makeItem(app, b.id, { notes: `${B_MARK} deleted`, designationMarked: B_WORD });
  await app.items.remove(localAdmin, gone.id);
  const restricted = await makeItem(app, b.id, { notes: `${B_MARK} restricted`, designationMarked: B_WORD });
  const restriction = await app.restrictions.restrict(localAdmin, b.id, {
    entityType: 'item',
    entityId: restricted.id,
    reason: `${B_MARK} reason`,
  });
  const bReply = await app.restrictions.addReply(localAdmin, b.id, {
    companyName: `${B_MARK} Components`,
    receivedAt: '2024-05-01',
    reply: `${B_MARK} reply`,
  });
  await app.attribution.decide(localAdmin, bItem.id, {
    variantId: 'unknown',
    basis: `${B_MARK} basis (synthetic test data)`,
    confidence: 'low',
  });
  const ownerBActor = await app.grants.userActor(ownerB);
  const publication = await app.publications.request(ownerBActor, b.id, { note: `${B_MARK} note` });
  const bToken = await app.tokens.createFor(localAdmin, ownerB.id, {
    name: `${B_MARK} token`,
    scope: 'write',
  });
  const bUpload = await server.inject({
    method: 'POST',
    url: `/api/imports/uploads?caseId=${b.id}`,
    ...multipart(`${B_MARK}.csv`, 'text/csv', `itemType,externalRef\nuav,${B_MARK}\n`),
    headers: { ...multipart('', '', '').headers, ...(await tokenHeaders(app, ownerB.id)) },
  });
  expect(bUpload.statusCode, bUpload.body).toBe(201);
  const job = await app.jobs.enqueue(ownerBActor, 'import', { caseId: b.id, fileName: `${B_MARK}.csv` }, 1);
  B = {
    caseId: b.id,
    itemId: bItem.id,
    componentId: bComponent.id,
    childComponentId: child.id,
    fileId: bFile.id,
    custodyId: bCustody.id,
    deletedItemId: gone.id,
    restrictedItemId: restricted.id,
    restrictionId: restriction.id,
    replyId: bReply.id,
    memberId: bMember.id,
    publicationId: publication.id,
    tokenId: bToken.token.id,
    tokenOwnerId: ownerB.id,
    jobId: job.id,
    fileSha: bFile.sha256,
    fileBytes,
    makerOrgId: makerOrg.id,
    uploadId: (bUpload.json() as { uploadId: string }).uploadId,
  };

  editorToken = await tokenHeaders(app, editor.id);
  editorSession = await signIn(server, editor.username);
  ownerToken = await tokenHeaders(app, ownerA.id);
});

describe('IDOR: the editor of case A with the ids of case B', () => {
  it('probes every route that takes an id', () => {
    const probed = new Set(PROBES.map((p) => p.route));
    // A probe for a route that does not exist is a mistake in this file.
    expect([...probed].filter((r) => !routeKeys.includes(r))).toEqual([]);
    const needed = routeKeys.filter(
      (k) => (k.includes('/:') || IDS_IN_QUERY_OR_BODY.includes(k)) && !(k in EXEMPT),
    );
    expect(needed.filter((k) => !probed.has(k))).toEqual([]);
    expect(Object.keys(EXEMPT).filter((k) => !routeKeys.includes(k))).toEqual([]);
  });

  it('the editor reads and changes case A (the probes are refused for being about B, not A)', async () => {
    const read = await server.inject({ method: 'GET', url: `/api/items/${A.itemId}`, headers: editorToken });
    expect(read.statusCode).toBe(200);
    const write = await server.inject({
      method: 'PATCH',
      url: `/api/files/${A.fileId}`,
      payload: { itemId: A.itemId, componentId: A.componentId },
      headers: editorToken,
    });
    expect(write.statusCode, write.body).toBe(200);
    // And case B's records exist: the probes do not answer 404 for want of a record.
    expect((await app.items.get(localAdmin, B.itemId)).caseId).toBe(B.caseId);
    expect((await app.components.get(localAdmin, B.childComponentId)).parentId).toBe(B.componentId);
    expect((await app.evidenceFiles.get(localAdmin, B.fileId)).caseId).toBe(B.caseId);
  });

  for (const p of PROBES) {
    it(`${p.route} — ${p.what}`, async () => {
      const r = await p.req();
      const before = await snapshot();
      const headers = p.as === 'owner' ? ownerToken : p.as === 'editor-session' ? editorSession : editorToken;
      const res = await server.inject({
        method: r.method,
        url: r.url,
        ...(r.payload === undefined ? {} : { payload: r.payload }),
        headers: { ...headers, ...(r.headers ?? {}) },
      });
      const allowed = p.status ?? (p.kind === 'read' ? [404] : p.kind === 'list' ? [200] : [400, 403, 404]);
      expect(allowed, res.body.slice(0, 300)).toContain(res.statusCode);
      if (p.kind === 'read' && res.statusCode === 404)
        expect((res.json() as { error: { code: string } }).error.code).toBe('not_found');
      if (p.kind === 'list') p.check?.(res);
      // Nothing of case B in the answer: no marked field, no name, not the file's bytes or digest.
      // Search and production echo what they were asked for.
      const answer = res.body.replace(`"q":"${B_WORD}"`, '').replace(`"designation":"${B_WORD}"`, '');
      for (const secret of [B_MARK, B_WORD, B_OWNER, B.fileSha]) expect(answer).not.toContain(secret);
      expect(res.rawPayload.includes(B.fileBytes)).toBe(false);
      // And nothing changed: no row, no audit entry (not even a "read"), no stored file.
      expect(await snapshot()).toBe(before);
    });
  }
});
