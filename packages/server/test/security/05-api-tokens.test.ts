import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';

describe.each(testEngines())('#10.5 API tokens, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  }, 180_000); // a busy machine makes the first logins slow
  afterAll(async () => {
    await world?.close();
  });

  const mint = async (username: string, body: Record<string, unknown>) => {
    const res = await (await world.as(username)).post('/api/auth/tokens', body);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: number; token: string; scope: string; expiresAt: string };
  };
  const bearer = (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    world.app.request(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const importText = { text: 'Kính gửi: Sở Tài chính\n1. Sở Tài chính rà soát kinh phí.' };

  it('#10.5 a token expires', async () => {
    const { token, expiresAt } = await mint('lanhdao', { name: 'Hết hạn', expiresInDays: 7 });
    expect(new Date(expiresAt).getTime()).toBe(world.clock.now.getTime() + 7 * 86_400_000);
    expect((await bearer(token, '/api/dashboard')).status).toBe(200);
    const saved = world.clock.now;
    world.clock.now = new Date(saved.getTime() + 8 * 86_400_000);
    expect((await bearer(token, '/api/dashboard')).status).toBe(401);
    world.clock.now = saved;
  });

  it('#10.5 a token is read-only unless made to write', async () => {
    const reader = await mint('vanphong', { name: 'Chỉ đọc' });
    expect(reader.scope).toBe('read');
    expect((await bearer(reader.token, '/api/directives')).status).toBe(200);
    expect(
      (await bearer(reader.token, '/api/directives/import', { method: 'POST', body: importText })).status,
    ).toBe(403);
    const writer = await mint('vanphong', { name: 'Ghi', scope: 'write' });
    expect(
      (await bearer(writer.token, '/api/directives/import', { method: 'POST', body: importText })).status,
    ).toBe(201);
  });

  it('#10.5 a token cannot mint tokens', async () => {
    const { token } = await mint('vanphong', { name: 'Ghi', scope: 'write' });
    const res = await bearer(token, '/api/auth/tokens', {
      method: 'POST',
      body: { name: 'Con', scope: 'write' },
    });
    expect(res.status).toBe(403);
  });

  it('#10.5 tokens are listed and revoked by their owner, not by others', async () => {
    const { id, token } = await mint('canbo.khcn', { name: 'Đồng bộ' });
    const owner = await world.as('canbo.khcn');
    const list = (await (await owner.get('/api/auth/tokens')).json()) as {
      items: { id: number; name: string; active: boolean }[];
    };
    expect(list.items.find((t) => t.id === id)).toMatchObject({ name: 'Đồng bộ', active: true });
    expect(JSON.stringify(list)).not.toContain(token);
    const other = await world.as('canbo.taichinh');
    expect((await other.raw(`/api/auth/tokens/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await bearer(token, '/api/auth/me')).status).toBe(200);
    expect((await owner.raw(`/api/auth/tokens/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await bearer(token, '/api/auth/me')).status).toBe(401);
  });

  it('#10.5 an admin password reset ends the old tokens: a write with one is refused', async () => {
    const { token } = await mint('vanphong', { name: 'Trước đặt lại', scope: 'write' });
    const admin = await world.as('admin');
    const users = (await (await admin.get('/api/users')).json()) as {
      items: { id: number; username: string }[];
    };
    const target = users.items.find((u) => u.username === 'vanphong')!;
    expect((await admin.patch(`/api/users/${target.id}`, { password: 'mat-khau-moi-12345' })).status).toBe(
      200,
    );
    expect((await bearer(token, '/api/directives/import', { method: 'POST', body: importText })).status).toBe(
      401,
    );
    // restore for later tests
    expect((await admin.patch(`/api/users/${target.id}`, { password: 'mat-khau-thu-nghiem' })).status).toBe(
      200,
    );
  });

  it("#10.5 changing one's own password ends one's tokens", async () => {
    const { token } = await mint('xem.khcn', { name: 'Trước đổi mật khẩu' });
    const own = await world.as('xem.khcn');
    const changed = await own.post('/api/account/password', {
      currentPassword: 'mat-khau-thu-nghiem',
      newPassword: 'mat-khau-moi-dai-hon-2026',
    });
    expect(changed.status).toBe(200);
    expect((await bearer(token, '/api/auth/me')).status).toBe(401);
  });

  it('#10.5 locking an account ends its tokens', async () => {
    const { token } = await mint('canbo.phong', { name: 'Khóa' });
    const admin = await world.as('admin');
    const users = (await (await admin.get('/api/users')).json()) as {
      items: { id: number; username: string }[];
    };
    const target = users.items.find((u) => u.username === 'canbo.phong')!;
    expect((await admin.patch(`/api/users/${target.id}`, { disabled: true })).status).toBe(200);
    expect((await admin.patch(`/api/users/${target.id}`, { disabled: false })).status).toBe(200);
    expect((await bearer(token, '/api/auth/me')).status).toBe(401);
  });

  it('#10.5 signing out with a token ends it', async () => {
    const { token } = await mint('lanhdao', { name: 'Đăng xuất' });
    expect((await bearer(token, '/api/auth/logout', { method: 'POST' })).status).toBe(403); // read-only
    const writer = await mint('lanhdao', { name: 'Đăng xuất', scope: 'write' });
    expect((await bearer(writer.token, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await bearer(writer.token, '/api/auth/me')).status).toBe(401);
  });

  it('#10.5 creating and revoking a token is audited', async () => {
    const { id } = await mint('lanhdao', { name: 'Kiểm tra nhật ký' });
    await (await world.as('lanhdao')).raw(`/api/auth/tokens/${id}`, { method: 'DELETE' });
    const rows = await world.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'api_token')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['token.create', 'token.revoke']);
  });
});
