import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors';

// validation messages in Vietnamese, for every schema
z.config(z.locales.vi());

/** Parses a JSON body; a body that is not JSON, or not valid, becomes a 400 with each problem listed. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  if (!(c.req.header('content-type') ?? '').includes('application/json')) {
    throw new AppError(
      'unsupported_media_type',
      'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).',
    );
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('bad_request', 'Dữ liệu JSON không đọc được.');
  }
  return schema.parse(body);
}

export function query<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return schema.parse(c.req.query());
}

/** Ids are PostgreSQL integers: a larger number names nothing. */
export const MAX_ID = 2_147_483_647;

export const idParam = z.coerce.number().int().positive().max(MAX_ID);

export function pathId(c: Context, name = 'id'): number {
  const parsed = idParam.safeParse(c.req.param(name));
  if (!parsed.success) throw new AppError('not_found', 'Không tìm thấy.');
  return parsed.data;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(isRealDate, 'Ngày không có thật (ví dụ 30/02)');

/** 2025-02-30 has the right shape but is no day of the calendar. */
function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
