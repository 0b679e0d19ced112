import { z } from 'zod';

// validation messages in Vietnamese, for every schema
z.config(z.locales.vi());

/** Ids are PostgreSQL integers: a larger number names nothing. */
export const MAX_ID = 2_147_483_647;

export const idParam = z.coerce.number().int().positive().max(MAX_ID);

/** A day of the calendar as YYYY-MM-DD; "2027-02-31" is refused here rather than by the database. */
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

/** "true" / "false" in a query string. */
export const queryBoolean = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const page = z.coerce.number().int().min(1).default(1);
