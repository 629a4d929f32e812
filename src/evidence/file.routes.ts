/// <reference types="@fastify/multipart" />
// HTTP routes of evidence files: multipart upload (streamed to the content-addressed store, with a size
// limit), metadata, download, links and deletion.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { Invalid } from '../core/errors.ts';
import { actorOf, rateKey } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { EvidenceFile, EvidenceFilePatch } from './evidence.schema.ts';
import { type ThumbnailSize, thumbnailSizes } from './file.thumbnail.ts';

const tags = ['files'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody };
const id = z.coerce.number().int().positive();
const Links = z.object({
  caseId: id.optional(),
  itemId: id.optional(),
  componentId: id.optional(),
  description: z.string().max(5000).optional(),
});
const FileList = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  rows: z.array(EvidenceFile),
});

export function registerFileRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();

  s.post(
    '/api/files',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'Upload one evidence file as multipart/form-data (field "file"). Links come as query parameters or as form fields sent before the file. The same bytes uploaded again to a case return the stored file with `duplicate: true`.',
        querystring: Links,
        response: {
          201: z.object({ file: EvidenceFile, duplicate: z.boolean() }),
          200: z.object({ file: EvidenceFile, duplicate: z.boolean() }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart())
        throw Invalid.at('body', 'send the file as multipart/form-data in a field named "file"');
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes, files: 1 } });
      if (!part) throw Invalid.at('file', 'no file in the upload');
      const field = (name: string) => {
        const f = part.fields[name];
        const v = f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
        return v === '' ? undefined : v;
      };
      const links = Links.safeParse({
        caseId: req.query.caseId ?? field('caseId'),
        itemId: req.query.itemId ?? field('itemId'),
        componentId: req.query.componentId ?? field('componentId'),
        description: req.query.description ?? field('description'),
      });
      if (!links.success) {
        part.file.resume();
        throw Invalid.at(String(links.error.issues[0].path[0]), links.error.issues[0].message);
      }
      if (!links.data.caseId) {
        part.file.resume();
        throw Invalid.at('caseId', 'is required');
      }
      const result = await app.evidenceFiles.add(
        actorOf(req),
        { ...links.data, caseId: links.data.caseId },
        part.file,
        part.filename,
      );
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );

  s.get(
    '/api/files',
    {
      config: { access: 'read' },
      schema: {
        tags,
        querystring: z.object({
          caseId: id.optional(),
          itemId: id.optional(),
          componentId: id.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: FileList, ...errors },
      },
    },
    async (req) => app.evidenceFiles.list(actorOf(req), req.query),
  );
  s.get(
    '/api/files/:id',
    {
      config: { access: 'read' },
      schema: { tags, params: IdParams, response: { 200: EvidenceFile, ...errors } },
    },
    async (req) => app.evidenceFiles.get(actorOf(req), req.params.id),
  );
  s.get(
    '/api/files/:id/content',
    {
      // Re-encoding a published photo costs CPU: limited per user (or per address when signed out).
      config: { access: 'read', rateLimit: { max: 600, timeWindow: 60_000, keyGenerator: rateKey } },
      schema: {
        tags,
        params: IdParams,
        description:
          'The stored bytes, as uploaded, for members of the case. A reader of a published case gets photos re-encoded without their EXIF, GPS, XMP and IPTC metadata, and no other kind of file.',
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { file, view, body } = await app.evidenceFiles.content(actor, req.params.id);
      reply.header('content-type', file.mediaType);
      reply.header(
        'content-disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      );
      // The re-encoded photo of the published view is not the stored file: it has another digest.
      if (view === 'full') reply.header('x-content-sha256', file.sha256);
      reply.header('cache-control', view === 'full' ? 'private, no-store' : 'no-store');
      return reply.send(body);
    },
  );
  s.get(
    '/api/files/:id/thumbnail',
    {
      // Made once per file and size, then read from disk; limited like the content it is made from.
      config: { access: 'read', rateLimit: { max: 600, timeWindow: 60_000, keyGenerator: rateKey } },
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({
          size: z
            .enum(thumbnailSizes.map(String) as ['160', '480', '1280'])
            .default('480')
            .transform((n) => Number(n) as ThumbnailSize),
        }),
        description:
          'A WebP thumbnail of a photo (160, 480 or 1280 px at most on its longer side, never enlarged), turned upright and without any metadata: for members and readers of a published case alike. Other kinds of file answer 415.',
      },
    },
    async (req, reply) => {
      const body = await app.thumbnails.thumbnail(actorOf(req), req.params.id, req.query.size);
      reply.header('content-type', 'image/webp');
      reply.header('cache-control', 'private, max-age=86400');
      return reply.send(body);
    },
  );
  s.patch(
    '/api/files/:id',
    {
      config: { access: 'write' },
      schema: {
        tags,
        params: IdParams,
        body: EvidenceFilePatch.strict(),
        response: { 200: EvidenceFile, ...errors },
      },
    },
    async (req) => app.evidenceFiles.update(actorOf(req), req.params.id, req.body),
  );
  s.delete(
    '/api/files/:id',
    {
      config: { access: 'write' },
      schema: { tags, params: IdParams, response: { 200: EvidenceFile, ...errors } },
    },
    async (req) => app.evidenceFiles.remove(actorOf(req), req.params.id),
  );
}
