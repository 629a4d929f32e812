// Builds the Fastify server over an opened App: zod validation and serialization, OpenAPI generated
// from the same schemas at /api/openapi.json with docs at /api/docs, multipart uploads, one error shape.
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAccountRoutes } from '../accounts/index.ts';
import type { App } from '../app/index.ts';
import { registerAttributionRoutes } from '../attribution/index.ts';
import { registerAuditRoutes } from '../audit/index.ts';
import { registerCatalogRoutes } from '../catalog/index.ts';
import { registerEstimateRoutes } from '../estimates/index.ts';
import {
  registerEvidenceRoutes,
  registerFileRoutes,
  registerSearchRoutes,
  registerStatsRoutes,
} from '../evidence/index.ts';
import { registerImportRoutes } from '../imports/index.ts';
import { registerJobRoutes } from '../jobs/index.ts';
import { registerMarkingsRoutes } from '../markings/index.ts';
import { registerPublishingRoutes } from '../publishing/index.ts';
import { registerExportRoutes } from '../reports/index.ts';
import { registerScreeningRoutes, registerWatchlistRoutes } from '../screening/index.ts';
import { installAuth } from './server.auth.ts';
import { installErrorHandler } from './server.errors.ts';
import { registerWeb } from './server.web.ts';

export interface ServerOptions {
  logger?: boolean;
}

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    // JSON bodies are small; files come as multipart with their own limit.
    bodyLimit: 1024 * 1024,
    trustProxy: app.config.trustProxy,
    // Fastify's default id is a counter per process; several servers share one database.
    genReqId: () => crypto.randomUUID(),
  });
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  installErrorHandler(server);
  await server.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Served over plain http on a laptop as often as behind TLS.
        upgradeInsecureRequests: null,
      },
    },
    // A cross-origin-isolated page would refuse the OpenAPI docs' assets; nothing here needs it.
    crossOriginEmbedderPolicy: false,
  });
  // JSON lists and the app's scripts shrink five- to tenfold; photos are left as they are.
  await server.register(compress, { global: true, threshold: 1024 });
  await server.register(rateLimit, { global: false, hook: 'preHandler' });
  await installAuth(server, app);

  await server.register(multipart, { limits: { fileSize: app.config.maxUploadBytes, files: 1, fields: 20 } });
  await server.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Teardown API',
        version: '0.1.0',
        description:
          'Forensic tracing of components recovered from downed drones and munitions: cases, recovered items, components, evidence files, custody, parties, search and the audit log. Sign in with `POST /api/session` (a session cookie; send the `x-csrf-token` it returns with every request that changes something) or send an API token as `Authorization: Bearer tdt_…`. Without either you read the published cases, in their published form.',
      },
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token (POST /api/tokens).' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'td_session',
            description: 'The session cookie of POST /api/session.',
          },
        },
      },
      security: [{ apiToken: [] }, { session: [] }, {}],
    },
    transform: jsonSchemaTransform,
  });
  await server.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  server.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    server.swagger(),
  );

  registerEvidenceRoutes(server, app);
  registerFileRoutes(server, app);
  registerSearchRoutes(server, app);
  registerStatsRoutes(server, app);
  registerAuditRoutes(server, app);
  registerJobRoutes(server, app);
  registerImportRoutes(server, app);
  registerAccountRoutes(server, app);
  registerPublishingRoutes(server, app);
  registerExportRoutes(server, app);
  registerMarkingsRoutes(server, app);
  registerCatalogRoutes(server, app);
  registerWatchlistRoutes(server, app);
  registerScreeningRoutes(server, app);
  registerAttributionRoutes(server, app);
  registerEstimateRoutes(server, app);
  await registerWeb(server);
  await server.ready();
  return server;
}
