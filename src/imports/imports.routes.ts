/// <reference types="@fastify/multipart" />
// HTTP route of imports: the uploaded file is kept in the data folder and imported by a background job
// whose progress and result (or row problems) `GET /api/jobs/:id` shows.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { Invalid } from '../core/errors.ts';
import { JobSchema } from '../jobs/jobs.routes.ts';
import { actorOf } from '../server/server.actor.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { parseMapArgs } from './imports.mapping.ts';
import { registerImportWizardRoutes } from './imports.wizard.routes.ts';

const ImportQuery = z.object({
  kind: z.enum(['items', 'components']),
  caseId: z.coerce.number().int().positive(),
  update: z.stringbool().default(false),
  map: z
    .string()
    .max(10_000)
    .optional()
    .describe('column mapping, e.g. "Serial No=serialNumber,Lat=latitude"'),
});

export function registerImportRoutes(server: FastifyInstance, app: App): void {
  registerImportWizardRoutes(server, app);
  server.withTypeProvider<ZodTypeProvider>().post(
    '/api/imports',
    {
      config: { access: 'write' },
      schema: {
        tags: ['imports'],
        description:
          'Upload a CSV, TSV, JSON Lines or XLSX file (multipart field "file") to import items or components into a case. Returns the job that runs the import.',
        querystring: ImportQuery,
        response: { 202: JobSchema, 400: ErrorBody, 413: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      // Refuse before the upload is stored: the job itself runs as the system.
      await app.cases.assertWritable(actor, req.query.caseId);
      if (!req.isMultipart())
        throw Invalid.at('body', 'send the file as multipart/form-data in a field named "file"');
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes, files: 1 } });
      if (!part) throw Invalid.at('file', 'no file in the upload');
      const map = req.query.map ? parseMapArgs([req.query.map]) : {};
      const dir = join(app.config.dataDir, 'imports');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${randomUUID()}${extname(part.filename).toLowerCase()}`);
      try {
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated)
          throw Invalid.at(
            'file',
            `${part.filename} is larger than the upload limit of ${app.config.maxUploadBytes} bytes`,
          );
      } catch (e) {
        await rm(path, { force: true });
        throw e;
      }
      const job = await app.jobs.enqueue(
        actor,
        'import',
        {
          kind: req.query.kind,
          path,
          fileName: part.filename,
          caseId: req.query.caseId,
          map,
          update: req.query.update,
          removeAfter: true,
        },
        1,
      );
      return reply.status(202).send(job);
    },
  );
}
