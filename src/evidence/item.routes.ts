// HTTP route of the map of recoveries (the items' create/read/update/list routes are in evidence.routes.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { MapFilter, MapPoints } from './evidence.schema.ts';

export function registerMapRoutes(server: FastifyInstance, app: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/items/map',
    {
      config: { access: 'read' },
      schema: {
        tags: ['items'],
        description:
          'Every recovered item with coordinates that the caller may read, as columns (index i of each array is one item). Items of a case read in its published form have the place moved to the centre of a grid cell and the date cut to the month (`coarse`). `designations` lists the designations (assessed, else marked) before the designation filter, with counts.',
        querystring: MapFilter,
        response: { 200: MapPoints, 400: ErrorBody },
      },
    },
    async (req) => app.items.map(actorOf(req), req.query),
  );
}
