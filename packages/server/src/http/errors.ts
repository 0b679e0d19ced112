import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { constraintOf, sqlState } from '../db/pg-error';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** Renders any error as `{ error: { code, message } }`; unexpected ones are logged, not shown. */
export function renderError(err: Error, c: Context, logger: Logger): Response {
  const appError = toAppError(err);
  if (appError.code === 'internal') logger.error({ err, path: c.req.path }, 'unhandled error');
  const body: { code: string; message: string; details?: unknown } = {
    code: appError.code,
    message: appError.message,
  };
  if (appError.details !== undefined) body.details = appError.details;
  return c.json({ error: body }, appError.status);
}

function toAppError(err: Error): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return new AppError('validation_failed', 'Dữ liệu không hợp lệ.', details);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return new AppError('bad_request', 'Yêu cầu không hợp lệ.');
  }
  return fromDatabase(err) ?? new AppError('internal', 'Hệ thống gặp lỗi, vui lòng thử lại sau.');
}

/**
 * What the database refused because of the input, said as the client's mistake: a value it cannot
 * hold (NUL byte, impossible date, number out of range), a reference to nothing, a duplicate, a
 * race lost. Anything else stays an internal error.
 */
function fromDatabase(err: Error): AppError | undefined {
  const state = sqlState(err);
  if (!state) return undefined;
  if (state.startsWith('22')) return new AppError('validation_failed', 'Giá trị gửi lên không hợp lệ.');
  if (state === '23503')
    return new AppError('validation_failed', 'Dữ liệu tham chiếu tới một mục không tồn tại.');
  if (state === '23505') return new AppError('conflict', 'Dữ liệu này đã có (trùng lặp).');
  if (state === '23514' && constraintOf(err) === 'units_no_cycle')
    return new AppError(
      'validation_failed',
      'Một đơn vị không thể nằm dưới chính nó hoặc đơn vị cấp dưới của nó.',
    );
  if (state.startsWith('23')) return new AppError('validation_failed', 'Dữ liệu vi phạm ràng buộc.');
  if (state === '40001' || state === '40P01')
    return new AppError('conflict', 'Dữ liệu vừa được thay đổi đồng thời; hãy thử lại.');
  return undefined;
}
