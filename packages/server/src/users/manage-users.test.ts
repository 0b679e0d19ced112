import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';

describe.each(testEngines())('managing users on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('lets an admin create an officer, who can then sign in', async () => {
    const admin = await world.as('admin');
    const res = await admin.post('/api/users', {
      username: 'canbo.moi',
      displayName: 'Cán bộ mới',
      role: 'officer',
      unitId: world.units.finance,
      password: 'mat-khau-rat-dai',
    });
    expect(res.status).toBe(201);
    const login = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.moi', password: 'mat-khau-rat-dai' }),
    });
    expect(login.status).toBe(200);
    const taken = await admin.post('/api/users', {
      username: 'canbo.moi',
      displayName: 'x',
      role: 'viewer',
      unitId: null,
      password: 'mat-khau-rat-dai',
    });
    expect(taken.status).toBe(409);
  });

  it('ends a disabled user’s sessions, and keeps users to admins', async () => {
    const admin = await world.as('admin');
    const officer = await world.as('canbo.taichinh');
    const list = (await (await admin.get('/api/users')).json()) as {
      items: { id: number; username: string }[];
    };
    const id = list.items.find((u) => u.username === 'canbo.taichinh')!.id;
    expect((await admin.patch(`/api/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await officer.get('/api/auth/me')).status).toBe(401);
    expect((await (await world.as('lanhdao')).get('/api/users')).status).toBe(403);
  });

  it('#9.6 refuses a user change that changes nothing or names an unknown field, in Vietnamese', async () => {
    const admin = await world.as('admin');
    const list = (await (await admin.get('/api/users')).json()) as {
      items: { id: number; username: string }[];
    };
    const id = list.items.find((u) => u.username === 'xem.khcn')!.id;
    for (const body of [{}, { locked: true }]) {
      const res = await admin.patch(`/api/users/${id}`, body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string } };
      expect(error.code).toBe('validation_failed');
      expect(JSON.stringify(error)).toMatch(/Không có thay đổi nào|Trường không được hỗ trợ: locked/);
    }
    // the field that locks an account is "disabled"
    const locked = await admin.patch(`/api/users/${id}`, { disabled: true });
    expect(locked.status).toBe(200);
    expect(await locked.json()).toMatchObject({ disabled: true });
  });
});
