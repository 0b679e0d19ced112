import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';
import { loginFrom } from './login-helpers';

interface SessionView {
  id: number;
  current: boolean;
  address: string | null;
  userAgent: string | null;
}

describe.each(testEngines())('#10.16 a user manages their own password and sessions, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });
  const minutes = (n: number) => {
    world.clock.now = new Date(world.clock.now.getTime() + n * 60_000);
  };

  it('#10.16 changing one’s password needs the current one and ends the other sessions', async () => {
    const phone = await world.as('canbo.khcn');
    const laptop = await world.as('canbo.khcn');
    const wrong = await laptop.post('/api/account/password', {
      currentPassword: 'khong-dung',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(wrong.status).toBe(422);
    const short = await laptop.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'ngan',
    });
    expect(short.status).toBe(400);
    const ok = await laptop.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'mat-khau-moi-2026',
    });
    expect(ok.status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await loginFrom(world, 'canbo.khcn', PASSWORD, '192.0.2.160')).status).toBe(401);
    expect((await loginFrom(world, 'canbo.khcn', 'mat-khau-moi-2026', '192.0.2.161')).status).toBe(200);
  });

  it('#10.16 a user sees their sessions and ends one, or all the others', async () => {
    const a = await world.as('canbo.phong');
    const b = await world.as('canbo.phong');
    const c = await world.as('canbo.phong');
    const other = await world.as('canbo.taichinh');
    const listed = (await (await a.get('/api/account/sessions')).json()) as { sessions: SessionView[] };
    expect(listed.sessions).toHaveLength(3);
    expect(listed.sessions.filter((s) => s.current)).toHaveLength(1);
    const bId = (
      (await (await b.get('/api/account/sessions')).json()) as { sessions: SessionView[] }
    ).sessions.find((s) => s.current)!.id;
    // someone else's session is not theirs to end
    expect((await other.raw(`/api/account/sessions/${bId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await a.raw(`/api/account/sessions/${bId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await a.raw('/api/account/sessions', { method: 'DELETE' })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });

  it('#10.16 a session left idle for over an hour ends; one in use does not', async () => {
    const used = await world.as('vanphong');
    const idle = await world.as('vanphong');
    for (let i = 0; i < 4; i++) {
      minutes(25);
      expect((await used.get('/api/auth/me')).status).toBe(200);
    }
    expect((await idle.get('/api/auth/me')).status).toBe(401);
  });
});
