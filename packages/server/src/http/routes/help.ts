import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { describe } from '../openapi';

/** The status rules in Vietnamese, published for the in-app help page. */
const STATUS_RULES = readFileSync(
  fileURLToPath(new URL('../../help/status-rules.vi.md', import.meta.url)),
  'utf8',
);

describe({
  method: 'get',
  path: '/api/help/status-rules',
  summary: 'Cách tính trạng thái (Markdown)',
  tag: 'help',
});

export const helpRoutes = new Hono<AppEnv>().get('/help/status-rules', (c) =>
  c.text(STATUS_RULES, 200, { 'content-type': 'text/markdown; charset=utf-8' }),
);
