/// <reference types="@fastify/multipart" />
// HTTP routes of watch lists: the lists with their versions, what a version changed, the entries, and
// an analyst's import of a new version (multipart: the files with the fields that say what they are).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { assertReferenceWrite } from '../core/access.ts';
import { Invalid } from '../core/errors.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { csvMapping } from './screening.csv.ts';
import {
  ChangeKind,
  ListFormat,
  Watchlist,
  WatchlistChange,
  WatchlistEntryView,
  WatchlistVersion,
} from './screening.schema.ts';
import type { ImportListInput } from './watchlist.service.ts';

const tags = ['lists'];
const Page = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};
const paged = <T extends z.ZodType>(row: T) =>
  z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    rows: z.array(row),
  });
const ImportResult = z.object({
  watchlist: Watchlist,
  version: WatchlistVersion,
  created: z.boolean(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
  entries: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
});
const FILE_FIELDS = new Set(['sdn', 'alt', 'add', 'file']);

/** The upload's fields and files, each file read whole (lists are a few megabytes). */
async function importInput(req: FastifyRequest, maxBytes: number): Promise<ImportListInput> {
  if (!req.isMultipart())
    throw Invalid.at(
      'body',
      'send the list as multipart/form-data: fields name and format, files sdn/alt/add or file',
    );
  const fields: Record<string, string> = {};
  const files: ImportListInput['files'] = [];
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 3 } })) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (!FILE_FIELDS.has(part.fieldname))
      throw Invalid.at(
        part.fieldname,
        'files go in the fields sdn, alt and add (OFAC) or file (the other formats)',
      );
    const content = await part.toBuffer();
    if (part.file.truncated)
      throw Invalid.at(
        part.fieldname,
        `${part.filename} is larger than the upload limit of ${maxBytes} bytes`,
      );
    files.push({ role: part.fieldname, name: part.filename || part.fieldname, content });
  }
  const format = ListFormat.safeParse(fields.format);
  if (!format.success) throw Invalid.at('format', `give the format: ${ListFormat.options.join(', ')}`);
  let mapping: unknown;
  if (fields.mapping) {
    try {
      mapping = fields.mapping.trimStart().startsWith('{') ? JSON.parse(fields.mapping) : fields.mapping;
    } catch (e) {
      throw Invalid.at('mapping', `is not JSON: ${(e as Error).message}`);
    }
  }
  return {
    name: fields.name ?? '',
    format: format.data,
    files,
    mapping: mapping === undefined ? undefined : csvMapping(mapping),
    description: fields.description,
    withoutAliases: fields.noAliases === 'true',
  };
}

export function registerWatchlistRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.get(
    '/api/lists',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description: 'The watch lists (sanctions lists) with their current version and live entries.',
        response: { 200: z.object({ rows: z.array(Watchlist) }), 401: ErrorBody },
      },
    },
    async (req) => ({ rows: await app.watchlists.lists(actorOf(req)) }),
  );
  s.get(
    '/api/lists/entries/:entryRowId',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description: 'One entry of a watch list (also one its list no longer has).',
        params: z.object({ entryRowId: z.coerce.number().int().positive() }),
        response: { 200: WatchlistEntryView, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.watchlists.entry(actorOf(req), req.params.entryRowId),
  );
  s.get(
    '/api/lists/:id',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description: 'A watch list with its versions, newest first.',
        params: IdParams,
        response: {
          200: z.object({ list: Watchlist, versions: z.array(WatchlistVersion) }),
          401: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (req) => app.watchlists.list(actorOf(req), req.params.id),
  );
  s.get(
    '/api/lists/:id/versions/:version/changes',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description: 'The entries a version added, changed or removed.',
        params: IdParams.extend({ version: z.coerce.number().int().positive() }),
        querystring: z.object({ kind: ChangeKind.optional(), ...Page }),
        response: { 200: paged(WatchlistChange), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.watchlists.changes(actorOf(req), req.params.id, req.params.version, req.query),
  );
  s.get(
    '/api/lists/:id/entries',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description: "The list's entries in force; q finds a name, an alias or the list's own id.",
        params: IdParams,
        querystring: z.object({ q: z.string().max(200).optional(), ...Page }),
        response: { 200: paged(WatchlistEntryView), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.watchlists.entries(actorOf(req), req.params.id, req.query),
  );
  s.post(
    '/api/lists/import',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'Import a new version of a watch list (analysts): multipart fields name, format (ofac-csv, un-xml, ftm, csv), description, mapping (CSV: JSON or "name=COL,id=COL,…"), noAliases (OFAC sdn file alone); files sdn, alt, add (OFAC) or file. The same files as the current version make no new version.',
        response: { 200: ImportResult, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      // Refused before the upload is read.
      assertReferenceWrite(actor);
      return app.watchlists.importList(actor, await importInput(req, app.config.maxUploadBytes));
    },
  );
}
