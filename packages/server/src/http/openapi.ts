import { z } from 'zod';

/**
 * The OpenAPI document, built from the same zod schemas the routes validate with: each route
 * module describes itself here when it is loaded.
 */
interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  multipart?: boolean;
  query?: z.ZodObject;
}

const routes: RouteDoc[] = [];

export function describe(route: RouteDoc): void {
  routes.push(route);
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: m[1] === 'sha256' ? 'string' : 'integer' },
    }));
    const queryParams = r.query
      ? Object.entries(r.query.shape).map(([name, schema]) => ({
          name,
          in: 'query',
          required: false,
          schema: z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }),
        }))
      : [];
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...params, ...queryParams],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                [r.multipart ? 'multipart/form-data' : 'application/json']: {
                  schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: {
        '200': { description: 'OK' },
        default: {
          description: 'Lỗi',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
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
    paths,
  };
}
