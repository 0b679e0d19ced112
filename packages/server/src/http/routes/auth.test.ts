import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, type World } from '../../../test/api-harness';
import { testEngines } from '../../../test/engines';

describe.each(testEngines())('authentication on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  const login = (username: string, password: string) =>
    world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('sets an HttpOnly, SameSite session cookie and never names which half was wrong', async () => {
    const ok = await login('canbo.khcn', PASSWORD);
    expect(ok.headers.get('set-cookie')).toMatch(/dondoc_session=.+; .*HttpOnly; SameSite=Lax/i);
    const wrongUser = (await (await login('khong-co', PASSWORD)).json()) as { error: { message: string } };
    const wrongPassword = await (await login('canbo.khcn', 'sai')).json();
    expect(wrongUser).toEqual(wrongPassword);
    expect(wrongUser.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('throttles a name at one address for a while after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++) expect((await login('canbo.taichinh', 'sai')).status).toBe(401);
    const locked = await login('canbo.taichinh', PASSWORD);
    expect(locked.status).toBe(429);
    world.clock.now = new Date(world.clock.now.getTime() + 16 * 60_000);
    expect((await login('canbo.taichinh', PASSWORD)).status).toBe(200);
  });

  it('refuses a write from a session without its CSRF token', async () => {
    const client = await world.as('vanphong');
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(200);
    const cookieOnly = await world.app.request('/api/directives/import', {
      method: 'POST',
      headers: { cookie: (await loginCookie('vanphong')) ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Kính gửi: Sở Tài chính\n1. Sở Tài chính rà soát kinh phí.' }),
    });
    expect(cookieOnly.status).toBe(403);
  });

  it('lets a machine client use an API token instead of a session', async () => {
    const client = await world.as('lanhdao');
    const created = await client.post('/api/auth/tokens', { name: 'Báo cáo tự động' });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    const res = await world.app.request('/api/dashboard', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const bad = await world.app.request('/api/dashboard', { headers: { authorization: 'Bearer sai' } });
    expect(bad.status).toBe(401);
  });

  it('ends a session at logout and after a week', async () => {
    const client = await world.as('canbo.khcn');
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const later = await world.as('canbo.khcn');
    world.clock.now = new Date(world.clock.now.getTime() + 8 * 86_400_000);
    expect((await later.get('/api/auth/me')).status).toBe(401);
  });

  async function loginCookie(username: string) {
    const res = await login(username, PASSWORD);
    return res.headers.get('set-cookie')?.split(';')[0];
  }
});
