import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
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
  return new AppError('internal', 'Hệ thống gặp lỗi, vui lòng thử lại sau.');
}
