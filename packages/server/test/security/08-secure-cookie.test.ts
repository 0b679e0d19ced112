import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/env';
import { createApp } from '../../src/http/app';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';

describe.each(testEngines())('#10.8 the session cookie behind a TLS proxy, on %s', (engine) => {
  let world: World;
  let behindProxy: ReturnType<typeof createApp>;
  beforeAll(async () => {
    world = await createWorld(engine);
    behindProxy = createApp({
      database: world.database,
      logger: pino({ level: 'silent' }),
      files: {
        put: () => Promise.reject(new Error('unused')),
        get: () => Promise.reject(new Error('unused')),
        remove: () => Promise.reject(new Error('unused')),
      },
      dueSoonDays: 7,
      now: () => world.clock.now,
      trustProxy: parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY,
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  const viaProxy = (
    app: ReturnType<typeof createApp>,
    path: string,
    init: RequestInit = {},
    client = '203.0.113.50',
  ) =>
    app.request(path, {
      ...init,
      headers: {
        'x-forwarded-proto': 'https',
        'x-forwarded-for': client,
        ...(init.headers as Record<string, string>),
      },
    });
  const loginBody = (username: string, password = PASSWORD) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

  it('#10.8 with TRUST_PROXY, a login over https gets a Secure __Host- cookie that then works', async () => {
    const res = await viaProxy(behindProxy, '/api/auth/login', loginBody('canbo.khcn'));
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-dondoc_session=[^;]+;/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/Domain=/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await viaProxy(behindProxy, '/api/auth/me', { headers: { cookie } })).status).toBe(200);
    // over https, a cookie without the prefix (one a sibling host could plant) is not taken
    const plain = cookie.replace('__Host-', '');
    expect((await viaProxy(behindProxy, '/api/auth/me', { headers: { cookie: plain } })).status).toBe(401);
  });

  it('#10.8 without TRUST_PROXY the forwarded headers are not believed', async () => {
    const res = await viaProxy(world.app, '/api/auth/login', loginBody('canbo.khcn'));
    expect(res.headers.get('set-cookie')).toMatch(/^dondoc_session=/);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('#10.8 with TRUST_PROXY, guesses are counted per client address, not per proxy', async () => {
    for (let i = 0; i < 6; i++) {
      await viaProxy(behindProxy, '/api/auth/login', loginBody('canbo.phong', 'sai'), '203.0.113.66');
    }
    const guesser = await viaProxy(behindProxy, '/api/auth/login', loginBody('canbo.phong'), '203.0.113.66');
    expect(guesser.status).toBe(429);
    const owner = await viaProxy(behindProxy, '/api/auth/login', loginBody('canbo.phong'), '203.0.113.67');
    expect(owner.status).toBe(200);
  });

  it('#10.8 TRUST_PROXY takes a number of proxies or true/false, and refuses anything else', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
