import type { Handler, Hono } from 'hono';
import { type GenerateSpecOptions, generateSpecs } from 'hono-openapi';
import type { AppEnv } from './app';
import { MAX_ID } from './schemas/common';

/**
 * The OpenAPI document is generated from the served routes themselves: each route carries its
 * description (`doc()`) and its validators (`json()`, `query()` in validate.ts), so a route cannot be
 * served without being documented (http/openapi.test.ts walks both).
 */
const errorResponse = {
  description: 'Lỗi: { error: { code, message, details? } }',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const byMethod = { responses: { 200: { description: 'OK' }, default: errorResponse } };

const OPTIONS: Partial<GenerateSpecOptions> = {
  documentation: {
    info: {
      title: 'dondoc API',
      version: '0.1.0',
      description: 'Theo dõi, đôn đốc thực hiện văn bản chỉ đạo.',
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
              required: ['code', 'message'],
            },
          },
        },
      },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'dondoc_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { token: [] }],
  },
  // /api/units.csv is a route, not a static file
  excludeStaticFile: false,
  defaultValidationErrorResponse: { ...errorResponse, description: 'Dữ liệu không hợp lệ' },
  defaultOptions: { GET: byMethod, POST: byMethod, PATCH: byMethod, DELETE: byMethod },
};

type Document = Awaited<ReturnType<typeof generateSpecs>>;

/** The document of an app's routes; path ids are the database's integers (validate.ts, pathId). */
export async function openApiDocument(app: Hono<AppEnv>): Promise<Document> {
  const document = await generateSpecs(app, OPTIONS);
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item ?? {})) {
      if (typeof operation !== 'object' || !('responses' in operation)) continue;
      for (const param of operation.parameters ?? []) {
        if ('in' in param && param.in === 'path' && param.name === 'id') {
          param.schema = { type: 'integer', minimum: 1, maximum: MAX_ID };
        }
      }
    }
  }
  return document;
}

/** The handler of GET /api/openapi.json (the document is built once, at the first request). */
export function openApiHandler(app: Hono<AppEnv>): Handler<AppEnv> {
  let document: Promise<Document> | undefined;
  return async (c) => {
    document ??= openApiDocument(app);
    return c.json(await document);
  };
}
