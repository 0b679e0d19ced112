import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';

describe.each(testEngines())('#10.9 CSP on the page and no-store on API answers, on %s', (engine) => {
  let world: World;
  let withWeb: ReturnType<typeof createApp>;
  beforeAll(async () => {
    world = await createWorld(engine);
    const webDir = mkdtempSync(path.join(tmpdir(), 'dondoc-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    withWeb = createApp({
      database: world.database,
      logger: pino({ level: 'silent' }),
      files: {
        put: () => Promise.reject(new Error('unused')),
        get: () => Promise.reject(new Error('unused')),
        remove: () => Promise.reject(new Error('unused')),
      },
      dueSoonDays: 7,
      webDir,
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('#10.9 the HTML page has a Content-Security-Policy: own scripts only, no framing', async () => {
    for (const page of ['/', '/tai-khoan']) {
      const res = await withWeb.request(page);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
    }
  });

  it('#10.9 authenticated API answers (and the login itself) are marked no-store', async () => {
    const login = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lanhdao', password: 'mat-khau-thu-nghiem' }),
    });
    expect(login.headers.get('cache-control')).toBe('no-store');
    const client = await world.as('lanhdao');
    for (const p of ['/api/auth/me', '/api/dashboard', '/api/assignments', '/api/khong-co']) {
      expect((await client.get(p)).headers.get('cache-control'), p).toBe('no-store');
    }
  });
});
