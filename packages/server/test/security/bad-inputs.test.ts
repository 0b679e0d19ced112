import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';
import { publishTask } from './published';

/** The inputs the attack found answering 500, each by name: all are the client's mistake, a 4xx. */
describe.each(testEngines())('#10.13 bad inputs answer 4xx, on %s', (engine) => {
  let world: World;
  let admin: Client;
  let officer: Client;
  let assignment: number;
  let userId: number;
  beforeAll(async () => {
    world = await createWorld(engine);
    assignment = (await publishTask(world)).science;
    admin = await world.as('admin');
    officer = await world.as('canbo.khcn');
    const users = (await (await admin.get('/api/users')).json()) as {
      items: { id: number; username: string }[];
    };
    userId = users.items.find((u) => u.username === 'xem.khcn')!.id;
  });
  afterAll(async () => {
    await world?.close();
  });

  const status = async (res: Promise<Response>) => {
    const r = await res;
    const body = (await r.json()) as { error?: { message: string } };
    if (r.status >= 400) expect(body.error?.message).toMatch(/\p{L}/u);
    return r.status;
  };

  it('#10.13 NUL bytes in text', async () => {
    expect(
      await status(
        officer.post(`/api/assignments/${assignment}/reports`, { percent: 10, narrative: 'a\u0000b' }),
      ),
    ).toBe(400);
    expect(
      await status(admin.post('/api/directives/import', { text: 'Kính gửi: Sở\u0000 Tài chính\n1. Việc.' })),
    ).toBeLessThan(500);
    expect(await status(admin.get('/api/units?q=%00'))).toBeLessThan(500);
    expect(await status(admin.patch(`/api/users/${userId}`, { displayName: 'x\u0000' }))).toBe(400);
  });

  it('#10.13 impossible dates', async () => {
    for (const date of ['2025-02-30', '2025-13-01', '2025-00-10', '0000-00-00']) {
      expect(
        await status(
          officer.post(`/api/assignments/${assignment}/extensions`, { requestedDue: date, reason: 'Lý do.' }),
        ),
      ).toBe(400);
      expect(await status(officer.get(`/api/assignments?dueFrom=${date}`))).toBe(400);
    }
  });

  it('#10.13 ids over 2^31', async () => {
    expect(await status(admin.get('/api/assignments/2147483648'))).toBe(404);
    expect(await status(admin.get('/api/directives/9007199254740993'))).toBe(404);
    expect(await status(admin.get('/api/assignments?unitId=2147483648'))).toBe(400);
    expect(await status(admin.get('/api/dashboard?directiveId=2147483648'))).toBe(400);
    expect(
      await status(officer.post(`/api/assignments/${assignment}/cascade`, { unitIds: [2 ** 31] })),
    ).toBeOneOf([400, 422]);
    expect(await status(admin.patch(`/api/users/${userId}`, { unitId: 2 ** 31 }))).toBe(400);
  });

  it('#10.13 unknown foreign keys', async () => {
    expect(
      await status(
        admin.post('/api/users', {
          username: 'nguoi.moi',
          displayName: 'Người mới',
          role: 'viewer',
          unitId: 999_999,
          password: 'mat-khau-dai-du',
        }),
      ),
    ).toBe(400);
    expect(await status(admin.patch(`/api/users/${userId}`, { unitId: 999_999 }))).toBe(400);
    expect(
      await status(officer.post(`/api/assignments/${assignment}/cascade`, { unitIds: [999_999] })),
    ).toBeLessThan(500);
  });

  it('#10.13 an empty user PATCH', async () => {
    expect(await status(admin.patch(`/api/users/${userId}`, {}))).toBe(400);
  });

  it('#10.13 broken multipart', async () => {
    for (const body of [
      '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
      'không phải multipart',
    ]) {
      expect(
        await status(
          admin.raw('/api/files', { method: 'POST', body, contentType: 'multipart/form-data; boundary=zz' }),
        ),
      ).toBeLessThan(500);
      expect(
        await status(
          admin.raw('/api/directives/import', {
            method: 'POST',
            body,
            contentType: 'multipart/form-data; boundary=zz',
          }),
        ),
      ).toBeLessThan(500);
    }
  });

  it('#10.13 two admins creating the same username at once: one 201, the others 409', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        admin
          .post('/api/users', {
            username: 'trung.ten',
            displayName: 'Trùng tên',
            role: 'viewer',
            unitId: null,
            password: 'mat-khau-dai-du',
          })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
  });
});
