import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { doc } from '../validate';

/** The status rules in Vietnamese, published for the in-app help page. */
const STATUS_RULES = readFileSync(
  fileURLToPath(new URL('../../help/status-rules.vi.md', import.meta.url)),
  'utf8',
);

export const helpRoutes = new Hono<AppEnv>().get(
  '/help/status-rules',
  doc('Cách tính trạng thái (Markdown)', 'help'),
  (c) => c.text(STATUS_RULES, 200, { 'content-type': 'text/markdown; charset=utf-8' }),
);
