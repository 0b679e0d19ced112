import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app';
import { serveWebApp } from './web-app';

/** A built web app as Vite and the compression plugin lay it out. */
function builtApp() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const script = 'console.log("đôn đốc");'.repeat(200);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'assets/index-abc123.js'), script);
  writeFileSync(path.join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dir, 'assets/index-abc123.js.gz'), gzipSync(script));
  const app = new Hono<AppEnv>();
  serveWebApp(app, dir);
  return { app, script };
}

describe('#9.22 the web app on slow links', () => {
  it('sends a hashed script precompressed, brotli first, cached for a year', async () => {
    const { app, script } = builtApp();
    const br = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await br.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 10);

    const gz = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');

    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('makes the browser revalidate the page, the service worker and client routes', async () => {
    const { app } = builtApp();
    for (const url of ['/', '/sw.js', '/nhiem-vu/631', '/dang-nhap']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('no-cache');
    }
    expect(await (await app.request('/nhiem-vu/631')).text()).toContain('<div id="root">');
  });

  it('answers an asset of an older build with 404, never the page cached for a year', async () => {
    const { app } = builtApp();
    const res = await app.request('/assets/index-old999.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });
});
