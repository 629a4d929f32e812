/// <reference types="@fastify/multipart" />
// HTTP routes of the import wizard: upload a file and see its columns, first rows and the proposed
// mapping; check it against the real importer without writing anything; then run it as a job. An
// upload belongs to the user who made it (a token acts for its user); anyone else gets "not found".
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { type Actor, actorLabel, userIdOf } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { JobSchema } from '../jobs/jobs.routes.ts';
import { actorOf } from '../server/server.actor.ts';
import { ErrorBody, ProblemBody } from '../server/server.errors.ts';
import { previewFile } from './imports.preview.ts';
import { UploadStore } from './imports.uploads.ts';

const tags = ['imports'];
const caseId = z.coerce.number().int().positive();
const Field = z.object({ name: z.string(), required: z.boolean(), description: z.string().optional() });
const Suggested = z.record(z.string(), z.string().nullable());
const UploadPreview = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  format: z.enum(['csv', 'tsv', 'jsonl', 'xlsx']).nullable(),
  headers: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  fields: z.object({ items: z.array(Field), components: z.array(Field) }),
  suggested: z.object({ items: Suggested, components: Suggested }),
});
const CheckResult = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  problemCount: z.number().int(),
  problems: z.array(ProblemBody),
  conflicts: z.array(ProblemBody),
});
const RunBody = z
  .object({
    kind: z.enum(['items', 'components']),
    caseId: z.number().int().positive(),
    /** Column → field, or "-" to ignore the column. */
    map: z.record(z.string(), z.string()).optional(),
    update: z.boolean().default(false),
  })
  .strict();
const UploadParams = z.object({ uploadId: z.string().max(100) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody };

/** Whose an upload is: the user behind the session or token. */
const userKey = (actor: Actor) => String(userIdOf(actor) ?? actorLabel(actor));

export function registerImportWizardRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const uploads = new UploadStore(join(app.config.dataDir, 'imports', 'uploads'));

  s.post(
    '/api/imports/uploads',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'Upload a CSV, TSV, JSON Lines or XLSX file (multipart field "file") for the import wizard. Returns its columns, its first 20 rows as text, the fields of each kind of import and the field each column would fill. Kept for 24 hours, for its uploader only.',
        querystring: z.object({ caseId }),
        response: { 201: UploadPreview, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      // Refused before anything is stored.
      await app.cases.assertWritable(actor, req.query.caseId);
      if (!req.isMultipart())
        throw Invalid.at('body', 'send the file as multipart/form-data in a field named "file"');
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes, files: 1 } });
      if (!part) throw Invalid.at('file', 'no file in the upload');
      const upload = await uploads.save(part.file, part.filename, userKey(actor), app.config.maxUploadBytes);
      // A file the importer cannot read at all is of no use to keep.
      const preview = await previewFile(upload.path, upload.fileName).catch(async (e) => {
        await uploads.remove(upload);
        throw e;
      });
      return reply.status(201).send({
        uploadId: upload.uploadId,
        fileName: upload.fileName,
        size: upload.size,
        ...preview,
      });
    },
  );

  s.post(
    '/api/imports/uploads/:uploadId/check',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'A dry run of the import of an uploaded file: every row is read, checked and written in a transaction that is then rolled back, so nothing is written and no audit entry stays. Row problems and conflicts are listed with their row numbers; a file that cannot be read as a whole (its header, its encoding, an unknown column) answers 400.',
        params: UploadParams,
        body: RunBody,
        response: { 200: CheckResult, ...errors, 409: ErrorBody },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const upload = await uploads.get(req.params.uploadId, userKey(actor));
      await app.cases.assertWritable(actor, req.body.caseId);
      return app.imports.check(actor, {
        kind: req.body.kind,
        path: upload.path,
        fileName: upload.fileName,
        caseId: req.body.caseId,
        map: req.body.map ?? {},
        update: req.body.update,
      });
    },
  );

  s.post(
    '/api/imports/uploads/:uploadId/run',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'Imports an uploaded file as a background job (see GET /api/jobs/:id for its progress and result). The upload is used up: the job removes the file when it is done.',
        params: UploadParams,
        body: RunBody,
        response: { 202: JobSchema, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const upload = await uploads.get(req.params.uploadId, userKey(actor));
      await app.cases.assertWritable(actor, req.body.caseId);
      const dir = join(app.config.dataDir, 'imports');
      await mkdir(dir, { recursive: true });
      const path = await uploads.take(upload, dir);
      const job = await app.jobs.enqueue(
        actor,
        'import',
        {
          kind: req.body.kind,
          path,
          fileName: upload.fileName,
          caseId: req.body.caseId,
          map: req.body.map ?? {},
          update: req.body.update,
          removeAfter: true,
        },
        1,
      );
      return reply.status(202).send(job);
    },
  );
}
