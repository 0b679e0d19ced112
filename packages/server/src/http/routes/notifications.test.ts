import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../../test/api-harness';
import { testEngines } from '../../../test/engines';

const put = (c: Client, path: string, body: unknown) =>
  c.raw(path, { method: 'PUT', body: JSON.stringify(body), contentType: 'application/json' });

describe.each(testEngines())('notification and settings routes on %s', (engine) => {
  let world: World;
  let officer: Client;
  let admin: Client;
  let officerId: number;
  beforeAll(async () => {
    world = await createWorld(engine);
    officer = await world.as('canbo.khcn');
    admin = await world.as('admin');
    const user = await world.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'canbo.khcn')
      .executeTakeFirstOrThrow();
    officerId = user.id;
  });
  afterAll(async () => {
    await world?.close();
  });

  async function notify(userId: number, title: string, minutesAgo: number): Promise<number> {
    const row = await world.database.db
      .insertInto('notifications')
      .values({
        user_id: userId,
        key: `thu-${title}`,
        kind: 'overdue',
        topic: 'overdue',
        assignment_id: null,
        title,
        link: '/assignments/1',
        created_at: new Date(world.clock.now.getTime() - minutesAgo * 60_000),
        read_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('lists one’s own notifications newest first, counts the unread and marks them read', async () => {
    const older = await notify(officerId, 'Nhiệm vụ quá hạn 1 ngày', 60);
    const newer = await notify(officerId, 'Nhiệm vụ quá hạn 2 ngày', 5);
    const count = async () =>
      ((await (await officer.get('/api/notifications/unread-count')).json()) as { count: number }).count;
    expect(await count()).toBe(2);
    const list = (await (await officer.get('/api/notifications')).json()) as {
      items: { id: number; title: string; readAt: string | null }[];
    };
    expect(list.items.map((i) => i.id)).toEqual([newer, older]);
    // another person sees none of them
    const other = await world.as('canbo.taichinh');
    expect(((await (await other.get('/api/notifications')).json()) as { items: unknown[] }).items).toEqual(
      [],
    );

    const read = await officer.post('/api/notifications/read', { ids: [older] });
    expect(await read.json()).toEqual({ changed: 1 });
    expect(await count()).toBe(1);
    const unreadOnly = (await (await officer.get('/api/notifications?unreadOnly=true')).json()) as {
      items: { id: number }[];
    };
    expect(unreadOnly.items.map((i) => i.id)).toEqual([newer]);
    expect(await (await officer.post('/api/notifications/read', { ids: 'all' })).json()).toEqual({
      changed: 1,
    });
    expect(await count()).toBe(0);
    expect((await officer.post(`/api/notifications/${older}/unread`)).status).toBe(200);
    expect(await count()).toBe(1);
    // someone else's notification is not found, not marked
    expect((await other.post(`/api/notifications/${older}/unread`)).status).toBe(404);
  });

  it('refuses a malformed mark-read body with the problem listed', async () => {
    const res = await officer.post('/api/notifications/read', { ids: [] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details[0]?.path).toBe('ids');
  });

  it('keeps one’s own mail address and choices per channel', async () => {
    const before = (await (await officer.get('/api/account/notification-settings')).json()) as {
      email: string | null;
      preferences: Record<string, Record<string, boolean>>;
    };
    expect(before.email).toBeNull();
    expect(before.preferences.email?.overdue).toBe(true);
    const saved = await put(officer, '/api/account/notification-settings', {
      email: ' CanBo@Khcn.Gov.VN ',
      preferences: { email: { due_soon: false } },
    });
    expect(saved.status).toBe(200);
    const after = (await saved.json()) as typeof before;
    expect(after.email).toBe('canbo@khcn.gov.vn');
    expect(after.preferences.email?.due_soon).toBe(false);
    expect(after.preferences.webhook?.due_soon).toBe(true);
    const bad = await put(officer, '/api/account/notification-settings', { email: 'khong-phai-thu' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'Địa chỉ thư điện tử không hợp lệ.',
    );
  });

  it('lets the admin set the reminder rules, the announced days and the unit heads', async () => {
    const rules = await put(admin, '/api/settings/reminders', { beforeDue: [1, 5], escalateToHeadAfter: 4 });
    expect(rules.status).toBe(200);
    const saved = (await (await admin.get('/api/settings/reminders')).json()) as {
      beforeDue: number[];
      escalateToHeadAfter: number;
      onDueDay: boolean;
    };
    expect(saved).toMatchObject({ beforeDue: [5, 1], escalateToHeadAfter: 4, onDueDay: true });

    expect(
      (await put(admin, '/api/settings/calendar-days/2027-02-15', { kind: 'off', note: 'Nghỉ bù Tết' }))
        .status,
    ).toBe(200);
    expect((await put(admin, '/api/settings/calendar-days/2027-02-20', { kind: 'working' })).status).toBe(
      200,
    );
    const days = (await (await admin.get('/api/settings/calendar-days?year=2027')).json()) as {
      items: { date: string; kind: string; note: string }[];
    };
    expect(days.items).toEqual([
      { date: '2027-02-15', kind: 'off', note: 'Nghỉ bù Tết' },
      { date: '2027-02-20', kind: 'working', note: '' },
    ]);
    expect((await admin.raw('/api/settings/calendar-days/2027-02-20', { method: 'DELETE' })).status).toBe(
      200,
    );
    expect((await admin.raw('/api/settings/calendar-days/2027-02-20', { method: 'DELETE' })).status).toBe(
      404,
    );
    expect((await put(admin, '/api/settings/calendar-days/2027-02-30', { kind: 'off' })).status).toBe(404);

    expect((await put(admin, `/api/settings/unit-heads/${officerId}`, { isHead: true })).status).toBe(200);
    const heads = (await (await admin.get('/api/settings/unit-heads')).json()) as {
      items: { userId: number; unitName: string }[];
    };
    expect(heads.items).toEqual([
      expect.objectContaining({ userId: officerId, unitName: 'Sở Khoa học và Công nghệ' }),
    ]);
    const noUnit = await world.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect((await put(admin, `/api/settings/unit-heads/${noUnit.id}`, { isHead: true })).status).toBe(422);
  });

  it('keeps the settings to the admin', async () => {
    const office = await world.as('vanphong');
    const res = await office.get('/api/settings/reminders');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'Chỉ quản trị viên được thay đổi cấu hình nhắc việc.',
    );
  });
});
