import type { Context, MiddlewareHandler } from 'hono';
import { describeRoute, validator } from 'hono-openapi';
import type { z } from 'zod';
import { AppError } from '../errors';
import { idParam } from './schemas/common';

export { idParam, isoDate, MAX_ID } from './schemas/common';

interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** A refused input becomes a 400 listing each problem, in Vietnamese (see errors.ts). */
function refuse(result: { success: true } | { success: false; error: readonly Issue[] }): void {
  if (result.success) return;
  const details = result.error.map((i) => ({
    path: (i.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.'),
    message: i.message,
  }));
  throw new AppError('validation_failed', 'Dữ liệu không hợp lệ.', details);
}

/**
 * Validates a JSON body (the route reads it with `c.req.valid('json')`): a body that is not sent as
 * JSON is refused with 415, one that does not parse with 400, an invalid one with each problem listed.
 */
export function json<T extends z.ZodType>(schema: T) {
  const validate = validator('json', schema, refuse);
  const middleware: typeof validate = async (c, next) => {
    await readJson(c); // cached: the validator reads the same value
    return validate(c, next);
  };
  // keeps the validator's OpenAPI description (a symbol-keyed property) on the wrapper
  return Object.assign(middleware, validate);
}

/** The JSON body; one not sent as JSON is refused with 415, one that does not parse with 400. */
export async function readJson(c: Context): Promise<unknown> {
  if (!(c.req.header('content-type') ?? '').includes('application/json')) {
    throw new AppError(
      'unsupported_media_type',
      'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).',
    );
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('bad_request', 'Dữ liệu JSON không đọc được.');
  }
}

/** Validates the query string (read with `c.req.valid('query')`). */
export function query<T extends z.ZodType>(schema: T) {
  return validator('query', schema, refuse);
}

/** The OpenAPI description of a route: what it does, in Vietnamese, and its area. */
export function doc(
  summary: string,
  tag: string,
  extra: Omit<Parameters<typeof describeRoute>[0], 'summary' | 'tags'> = {},
): MiddlewareHandler {
  return describeRoute({ summary, tags: [tag], ...extra });
}

/** A multipart upload, for the OpenAPI document (the route reads it with `formBody`). */
export const multipartFile = (description: string) => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: { file: { type: 'string' as const, format: 'binary', description } },
        required: ['file'],
      },
    },
  },
});

export function pathId(c: Context, name = 'id'): number {
  const parsed = idParam.safeParse(c.req.param(name));
  if (!parsed.success) throw new AppError('not_found', 'Không tìm thấy.');
  return parsed.data;
}

/** Parses a multipart form; a body that is not one (broken boundary, truncated) becomes a 400. */
export async function formBody(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  if (!(c.req.header('content-type') ?? '').includes('multipart/form-data')) {
    throw new AppError('unsupported_media_type', 'Tệp gửi lên phải ở dạng multipart/form-data.');
  }
  try {
    return await c.req.parseBody();
  } catch {
    throw new AppError('bad_request', 'Dữ liệu tệp gửi lên không đọc được.');
  }
}
