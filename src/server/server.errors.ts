// One JSON error shape for every failure: `{ error: { code, message, problems: [{ path, row, message }] } }`.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TeardownError, TooManyRequests } from '../core/errors.ts';

/** One problem of a request or a file: where (field path, row, file) and what. */
export const ProblemBody = z.object({
  path: z.string().optional(),
  row: z.number().optional(),
  file: z.string().optional(),
  /** Line and column in a document sent as text (a variant profile document). */
  line: z.number().optional(),
  column: z.number().optional(),
  message: z.string(),
});

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    problems: z.array(ProblemBody),
  }),
});

export function installErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof TeardownError) {
      if (err instanceof TooManyRequests) reply.header('retry-after', String(err.retryAfter));
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, problems: err.problems } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request';
      const problems = err.validation.map((v) => ({
        path: [
          where,
          ...String(v.instancePath ?? '')
            .split('/')
            .filter(Boolean),
        ].join('.'),
        message: v.message ?? 'is not valid',
      }));
      const first = problems[0];
      return reply
        .status(400)
        .send({ error: { code: 'invalid', message: `${first.path}: ${first.message}`, problems } });
    }
    const status = err.statusCode ?? 500;
    if (
      status === 413 ||
      err.code === 'FST_REQ_FILE_TOO_LARGE' ||
      err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ) {
      return reply.status(413).send({ error: { code: 'too_large', message: err.message, problems: [] } });
    }
    // busboy reports a multipart body cut short (a truncated upload) with a plain Error: the client's fault.
    if (/^Unexpected end of (multipart data|form)$/.test(err.message)) {
      return reply.status(400).send({
        error: {
          code: 'invalid',
          message: 'the upload ended before its closing boundary; nothing was stored',
          problems: [{ path: 'file', message: err.message }],
        },
      });
    }
    if (status >= 400 && status < 500) {
      // 429 comes from @fastify/rate-limit: the same code as a TooManyRequests of the services.
      const code = status === 429 ? 'too_many_requests' : 'invalid';
      return reply.status(status).send({ error: { code, message: err.message, problems: [] } });
    }
    request.log.error(err);
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'internal error; see the server log', problems: [] } });
  });
  server.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url}`, problems: [] },
    }),
  );
}
