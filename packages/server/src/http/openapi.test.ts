import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from './app';
import { createApp } from './app';
import { openApiDocument } from './openapi';

/** The document is built from the routes alone: no database is reached. */
const app = createApp({ logger: pino({ level: 'silent' }), dueSoonDays: 7 } as AppDeps);

interface Operation {
  parameters: { name: string; in: string; schema: { type?: string } }[];
  requestBody: { content: Record<string, { schema: { required?: string[] } }> };
}

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** "GET /api/directives/{id}" for every route the app serves under /api (middleware and the 404 fallback are ALL). */
function servedRoutes(): string[] {
  const served = app.routes
    .filter((r) => METHODS.includes(r.method) && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
  return [...new Set(served)].sort();
}

describe('the OpenAPI document is generated from the served routes', () => {
  it('documents every served /api route, and serves every documented one', async () => {
    const document = await openApiDocument(app);
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item ?? {}).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const served = servedRoutes();
    expect(documented).toEqual(served);
    console.info(`OpenAPI: ${served.length} served /api routes, ${documented.length} documented`);
    expect(served.length).toBeGreaterThanOrEqual(54);
  });

  it('gives every route a Vietnamese summary and an area', async () => {
    const document = await openApiDocument(app);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item ?? {})) {
        const operation = op as { summary?: string; tags?: string[] };
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(operation.tags?.length, `${method} ${path}`).toBe(1);
      }
    }
  });

  it('shows the bodies and queries the routes validate, and path ids as integers', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const document = (await res.json()) as { paths: Record<string, Record<string, Operation>> };
    const report = document.paths['/api/assignments/{id}/reports']?.post;
    expect(report?.requestBody.content['application/json']?.schema.required).toEqual([
      'percent',
      'narrative',
    ]);
    expect(report?.parameters).toContainEqual(
      expect.objectContaining({
        in: 'path',
        name: 'id',
        schema: expect.objectContaining({ type: 'integer' }),
      }),
    );
    const list = document.paths['/api/assignments']?.get;
    expect(list?.parameters.map((p) => p.name)).toContain('dueFrom');
    expect(Object.keys(document.paths['/api/directives/import']?.post?.requestBody.content ?? {})).toEqual([
      'multipart/form-data',
      'application/json',
    ]);
    expect(document.paths['/api/units/import']?.post?.requestBody.content).toHaveProperty('text/csv');
    // the periodic report: its period and scope, and the export's format
    expect(document.paths['/api/reports']?.get?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['period', 'from', 'to', 'directiveId', 'programme', 'unitId', 'withChildren']),
    );
    expect(document.paths['/api/reports/export']?.get?.parameters.map((p) => p.name)).toContain('format');
  });
});
