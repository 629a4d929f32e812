// The API describes itself: /api/openapi.json is a well-formed OpenAPI 3 document generated from the zod
// schemas (paths, parameters, the RecoveredItem fields), /api/docs serves the docs, and / is a plain page
// that links them and escapes what it shows.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentInput, RecoveredItem, RecoveredItemFields } from '../../src/evidence/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: string[];
};
type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
};
type OpenApi = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const methods = ['get', 'post', 'put', 'patch', 'delete'];

describe('HTTP API: OpenAPI, docs and home page', () => {
  let t: TestInstance;
  let server: FastifyInstance;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    await t.app.cases.create(
      { kind: 'local', name: 'test' },
      { title: '<script>alert(1)</script> Case (synthetic test data)' },
    );
    await t.app.cases.create({ kind: 'local', name: 'test' }, { title: 'Demo case' }, { isDemo: true });
    server = await buildServer(t.app);
    const res = await server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    doc = res.json();
  });
  afterAll(async () => {
    await server?.close();
    await t?.destroy();
  });

  /** A schema with its $ref followed into components/schemas. */
  const resolve = (s: Schema): Schema => {
    if (!s.$ref) return s;
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${s.$ref}`);
    return resolve(target);
  };

  it('is an OpenAPI 3 document whose operations are well formed and whose references resolve', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBe('Teardown API');
    expect(doc.info.version).toEqual(expect.any(String));
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of refs) expect(() => resolve({ $ref: JSON.parse(`{${r}}`).$ref })).not.toThrow();
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/api/'), path).toBe(true);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        expect(methods, `${method} ${path}`).toContain(method);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const code of Object.keys(op.responses)) expect(code).toMatch(/^([1-5]\d\d|default)$/);
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort(), `${method} ${path}`).toEqual([...templated].sort());
        expect(inPath.every((p) => p.required === true)).toBe(true);
      }
    }
  });

  it('describes every resource, search, files, imports, jobs and the audit log; hides internal routes', () => {
    for (const path of [
      '/api/cases',
      '/api/items',
      '/api/items/{id}',
      '/api/items/{id}/restore',
      '/api/components',
      '/api/components/{id}',
      '/api/custody-events',
      '/api/organizations',
      '/api/persons',
      '/api/search',
      '/api/files',
      '/api/files/{id}',
      '/api/files/{id}/content',
      '/api/imports',
      '/api/jobs/{id}',
      '/api/audit',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths['/api/items']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/items/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(doc.paths).not.toHaveProperty(['/api/openapi.json']);
    expect(doc.paths).not.toHaveProperty(['/']);
    const search = doc.paths['/api/search'].get.parameters ?? [];
    expect(search.find((p) => p.name === 'q')).toMatchObject({ in: 'query', required: true });
  });

  it('gives the RecoveredItem fields as generated from the zod schema, in requests and responses', () => {
    const response = resolve(
      doc.paths['/api/items/{id}'].get.responses['200'].content?.['application/json'].schema ?? {},
    );
    expect(Object.keys(response.properties ?? {}).sort()).toEqual(Object.keys(RecoveredItem.shape).sort());
    expect(resolve(response.properties?.itemType ?? {}).enum).toEqual([
      'uav',
      'loitering_munition',
      'missile',
      'other',
    ]);

    const request = resolve(
      doc.paths['/api/items'].post.requestBody?.content['application/json'].schema ?? {},
    );
    expect(Object.keys(request.properties ?? {}).sort()).toEqual(
      Object.keys(RecoveredItemFields.shape).sort(),
    );
    expect(request.required?.sort()).toEqual(['caseId', 'itemType']);

    const list = resolve(
      doc.paths['/api/items'].get.responses['200'].content?.['application/json'].schema ?? {},
    );
    expect(Object.keys(list.properties ?? {}).sort()).toEqual([
      'limit',
      'offset',
      'rows',
      'total',
      'totalExact',
    ]);
    const filters = (doc.paths['/api/items'].get.parameters ?? []).map((p) => p.name);
    expect(filters).toEqual(
      expect.arrayContaining(['caseId', 'itemType', 'q', 'limit', 'offset', 'includeDeleted']),
    );

    const component = resolve(
      doc.paths['/api/components'].post.requestBody?.content['application/json'].schema ?? {},
    );
    expect(Object.keys(component.properties ?? {}).sort()).toEqual(Object.keys(ComponentInput.shape).sort());
    // A patch has no required field: everything left out keeps its value.
    const patch = resolve(
      doc.paths['/api/components/{id}'].patch.requestBody?.content['application/json'].schema ?? {},
    );
    expect(patch.required ?? []).toEqual([]);
  });

  it('serves the API docs as HTML', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/<html/i);
    expect(res.body.toLowerCase()).toContain('swagger');
  });
});
