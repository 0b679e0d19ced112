import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderError } from './errors';
import { json, query } from './validate';

/** The validators as middleware keep the API's error format: 415, unreadable JSON, each problem in Vietnamese. */
const app = new Hono()
  .post('/echo', json(z.object({ percent: z.number().int().max(100, 'Tiến độ từ 0 đến 100%') })), (c) =>
    c.json(c.req.valid('json')),
  )
  .get('/list', query(z.object({ page: z.coerce.number().int().min(1).default(1) })), (c) =>
    c.json(c.req.valid('query')),
  );
app.onError((err, c) => renderError(err, c, pino({ level: 'silent' })));

const post = (body: string, contentType?: string) =>
  app.request('/echo', {
    method: 'POST',
    body,
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
  });

describe('json() and query() validators', () => {
  it('passes a valid body to the route, parsed', async () => {
    const res = await post('{"percent":40}', 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ percent: 40 });
  });

  it('refuses a body not sent as JSON with 415', async () => {
    const res = await post('percent=40', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message: 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).',
      },
    });
  });

  it('refuses JSON that does not parse with 400', async () => {
    const res = await post('{"percent":', 'application/json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'Dữ liệu JSON không đọc được.' },
    });
  });

  it('lists each problem of an invalid body, in Vietnamese', async () => {
    const res = await post('{"percent":140}', 'application/json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Dữ liệu không hợp lệ.',
        details: [{ path: 'percent', message: 'Tiến độ từ 0 đến 100%' }],
      },
    });
  });

  it('validates the query string the same way, defaults applied', async () => {
    expect(await (await app.request('/list')).json()).toEqual({ page: 1 });
    const res = await app.request('/list?page=0');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path)).toEqual(['page']);
  });
});
