import { expect } from 'vitest';
import type { Client, World } from './api-harness';

/**
 * The routes outside the assignment steps, each with the status every role gets, written out by
 * hand from the policy (POLICY in domain/permissions.ts) and not computed from it. Where the
 * answer depends on the resource, a route has one row per variant: a draft the standing office
 * follows or one another office follows, a published directive; a file of one's own unit or of
 * another; one's own token or session or another user's.
 */
export type Username = 'admin' | 'lanhdao' | 'vanphong' | 'canbo.khcn' | 'xem.khcn';
export const USERS: Username[] = ['admin', 'lanhdao', 'vanphong', 'canbo.khcn', 'xem.khcn'];

export interface Fixtures {
  world: World;
  /** A shared client per user (its session stays valid through the whole run). */
  client(user: string): Client;
  /** A client with a session of its own, for cells that end sessions or change the password. */
  fresh(user: string): Promise<Client>;
  /** A new draft followed by the standing office, or by another unit ('other'); with a source file. */
  draft(following: 'office' | 'other', withSource?: boolean): Promise<{ id: number; version: number }>;
  /** A published directive followed by the standing office, with its source file. */
  published(): Promise<{ id: number; version: number }>;
  /** A fresh open assignment of a task led by the science and the finance departments. */
  assignment(unit: 'science' | 'finance'): Promise<number>;
  /** Files attached to the science department's and the finance department's evidence. */
  files: { own: string; other: string };
  userIds: Record<string, number>;
  tokenOf(user: string): Promise<number>;
}

export interface RouteRow {
  /** The route as Hono serves it: method and path pattern. */
  route: string;
  variant?: string;
  status: Record<Username, number>;
  call: (c: Client, f: Fixtures, user: Username) => Promise<Response>;
  /** Whether the cell needs a session of its own (it ends sessions or changes the password). */
  ownSession?: boolean;
}

const all = (status: number): Record<Username, number> => ({
  admin: status,
  lanhdao: status,
  vanphong: status,
  'canbo.khcn': status,
  'xem.khcn': status,
});
const row = (admin: number, lanhdao: number, vanphong: number, officer: number, viewer: number) => ({
  admin,
  lanhdao,
  vanphong,
  'canbo.khcn': officer,
  'xem.khcn': viewer,
});

const taskText = (n: string) =>
  `Kính gửi: Sở Tài chính\n1. Giao Sở Tài chính thực hiện việc ${n}, hoàn thành trước ngày 30/6/2025.`;
let seq = 0;
const unique = (prefix: string) => `${prefix}${++seq}`;

const put = (c: Client, path: string, body: unknown) =>
  c.raw(path, { method: 'PUT', body: JSON.stringify(body), contentType: 'application/json' });

/** A notification of this user's, read, to mark unread. */
async function notification(f: Fixtures, userId: number): Promise<number> {
  const row = await f.world.database.db
    .insertInto('notifications')
    .values({
      user_id: userId,
      key: unique('ma-tran-'),
      kind: 'due_soon',
      topic: 'due_soon',
      assignment_id: null,
      title: 'Sắp đến hạn',
      created_at: new Date(),
      read_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const ROUTE_ROWS: RouteRow[] = [
  // open to everyone signed in (health and login to anyone)
  { route: 'GET /api/health', status: all(200), call: (c) => c.get('/api/health') },
  { route: 'GET /api/help/status-rules', status: all(200), call: (c) => c.get('/api/help/status-rules') },
  { route: 'GET /api/openapi.json', status: all(200), call: (c) => c.get('/api/openapi.json') },
  {
    route: 'POST /api/auth/login',
    status: all(200),
    call: async (_c, f, user) =>
      f.world.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: user, password: 'mat-khau-thu-nghiem' }),
      }),
  },
  {
    route: 'POST /api/auth/logout',
    status: all(200),
    ownSession: true,
    call: (c) => c.post('/api/auth/logout'),
  },
  { route: 'GET /api/auth/me', status: all(200), call: (c) => c.get('/api/auth/me') },

  // directives: importing is the office's (and the admin's); drafts belong to the office that follows them
  {
    route: 'POST /api/directives/import',
    status: row(201, 403, 201, 403, 403),
    call: (c) => c.post('/api/directives/import', { text: taskText(unique('nhập ')) }),
  },
  { route: 'GET /api/directives', status: all(200), call: (c) => c.get('/api/directives?status=draft') },
  {
    route: 'GET /api/directives/programmes',
    status: all(200),
    call: (c) => c.get('/api/directives/programmes'),
  },
  {
    route: 'GET /api/directives/:id',
    variant: 'a draft the office follows',
    status: row(200, 200, 200, 404, 404),
    call: async (c, f) => c.get(`/api/directives/${(await f.draft('office')).id}`),
  },
  {
    route: 'GET /api/directives/:id',
    variant: 'a draft another unit follows',
    status: row(200, 200, 404, 404, 404),
    call: async (c, f) => c.get(`/api/directives/${(await f.draft('other')).id}`),
  },
  {
    route: 'GET /api/directives/:id',
    variant: 'a published directive',
    status: all(200),
    call: async (c, f) => c.get(`/api/directives/${(await f.published()).id}`),
  },
  {
    route: 'PATCH /api/directives/:id',
    variant: 'a draft the office follows',
    status: row(200, 403, 200, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('office');
      return c.patch(`/api/directives/${d.id}`, { version: d.version, subject: 'Sửa trích yếu' });
    },
  },
  {
    route: 'PATCH /api/directives/:id',
    variant: 'a draft another unit follows',
    status: row(200, 403, 404, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('other');
      return c.patch(`/api/directives/${d.id}`, { version: d.version, subject: 'Sửa trích yếu' });
    },
  },
  {
    route: 'PATCH /api/directives/:id',
    variant: 'a published directive',
    status: row(200, 403, 200, 403, 403),
    call: async (c, f) => {
      const d = await f.published();
      return c.patch(`/api/directives/${d.id}`, { version: d.version, subject: 'Sửa trích yếu' });
    },
  },
  {
    route: 'DELETE /api/directives/:id',
    variant: 'a draft the office follows',
    status: row(200, 403, 200, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('office');
      return c.raw(`/api/directives/${d.id}?version=${d.version}`, { method: 'DELETE' });
    },
  },
  {
    route: 'DELETE /api/directives/:id',
    variant: 'a draft another unit follows',
    status: row(200, 403, 404, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('other');
      return c.raw(`/api/directives/${d.id}?version=${d.version}`, { method: 'DELETE' });
    },
  },
  {
    route: 'GET /api/directives/:id/publish-preview',
    variant: 'a draft the office follows',
    status: row(200, 403, 200, 404, 404),
    call: async (c, f) => c.get(`/api/directives/${(await f.draft('office')).id}/publish-preview`),
  },
  {
    route: 'GET /api/directives/:id/publish-preview',
    variant: 'a draft another unit follows',
    status: row(200, 403, 404, 404, 404),
    call: async (c, f) => c.get(`/api/directives/${(await f.draft('other')).id}/publish-preview`),
  },
  {
    route: 'POST /api/directives/:id/publish',
    variant: 'a draft the office follows',
    status: row(200, 403, 200, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('office');
      return c.post(`/api/directives/${d.id}/publish`, { version: d.version });
    },
  },
  {
    route: 'POST /api/directives/:id/publish',
    variant: 'a draft another unit follows',
    status: row(200, 403, 404, 404, 404),
    call: async (c, f) => {
      const d = await f.draft('other');
      return c.post(`/api/directives/${d.id}/publish`, { version: d.version });
    },
  },
  {
    route: 'GET /api/directives/:id/source',
    variant: 'a draft the office follows',
    status: row(200, 200, 200, 404, 404),
    call: async (c, f) => c.get(`/api/directives/${(await f.draft('office', true)).id}/source`),
  },
  {
    route: 'GET /api/directives/:id/source',
    variant: 'a published directive',
    status: all(200),
    call: async (c, f) => c.get(`/api/directives/${(await f.published()).id}/source`),
  },
  {
    route: 'POST /api/unit-aliases',
    status: row(200, 403, 200, 403, 403),
    call: (c, f) => c.post('/api/unit-aliases', { name: unique('Sở TC số '), unitId: f.world.units.finance }),
  },

  // handing an assignment down: the unit's own officers, to units below it
  {
    route: 'POST /api/assignments/:id/cascade',
    variant: "the officer's own unit, to its division",
    status: row(403, 403, 403, 201, 403),
    call: async (c, f) =>
      c.post(`/api/assignments/${await f.assignment('science')}/cascade`, {
        unitIds: [f.world.units.division],
      }),
  },
  {
    route: 'POST /api/assignments/:id/cascade',
    variant: 'another unit',
    status: all(403),
    call: async (c, f) =>
      c.post(`/api/assignments/${await f.assignment('finance')}/cascade`, {
        unitIds: [f.world.units.division],
      }),
  },

  // lists every role reads, filtered to what it may see
  { route: 'GET /api/assignments', status: all(200), call: (c) => c.get('/api/assignments') },
  {
    route: 'GET /api/assignments/by-task',
    status: all(200),
    call: (c) => c.get('/api/assignments/by-task?q=nhiem vu'),
  },
  { route: 'GET /api/extensions', status: all(200), call: (c) => c.get('/api/extensions') },
  { route: 'GET /api/obstacles', status: all(200), call: (c) => c.get('/api/obstacles') },
  { route: 'GET /api/dashboard', status: all(200), call: (c) => c.get('/api/dashboard') },
  { route: 'GET /api/audit', status: row(200, 200, 403, 403, 403), call: (c) => c.get('/api/audit') },
  // the work list's download: what each role may see, like the list
  { route: 'GET /api/assignments/export', status: all(200), call: (c) => c.get('/api/assignments/export') },

  // the periodic report: the leaders, the office and the admin any scope; an officer their own unit's
  {
    route: 'GET /api/reports',
    variant: "all units (an officer's: their own unit)",
    status: row(200, 200, 200, 200, 403),
    call: (c) => c.get('/api/reports?period=2025-Q1'),
  },
  {
    route: 'GET /api/reports',
    variant: 'another unit than the officer’s',
    status: row(200, 200, 200, 403, 403),
    call: (c, f) => c.get(`/api/reports?period=2025-Q1&unitId=${f.world.units.finance}`),
  },
  {
    route: 'GET /api/reports/export',
    status: row(200, 200, 200, 200, 403),
    call: (c) => c.get('/api/reports/export?period=2025-Q1&format=csv'),
  },

  // files: evidence is uploaded by those who report or verify; read within one's scope
  {
    route: 'POST /api/files',
    status: row(201, 403, 201, 201, 403),
    call: (c) => c.upload('/api/files', new TextEncoder().encode(unique('Biên bản ')), 'bien-ban.txt'),
  },
  {
    route: 'GET /api/files/:sha256',
    variant: "evidence of the officer's own unit",
    status: all(200),
    call: (c, f) => c.get(`/api/files/${f.files.own}`),
  },
  {
    route: 'GET /api/files/:sha256',
    variant: 'evidence of another unit',
    status: row(200, 200, 200, 404, 404),
    call: (c, f) => c.get(`/api/files/${f.files.other}`),
  },

  // the directory: read by all, changed by the admin
  { route: 'GET /api/units', status: all(200), call: (c) => c.get('/api/units') },
  { route: 'GET /api/unit-groups', status: all(200), call: (c) => c.get('/api/unit-groups') },
  { route: 'GET /api/units.csv', status: all(200), call: (c) => c.get('/api/units.csv') },
  { route: 'GET /api/unit-groups.csv', status: all(200), call: (c) => c.get('/api/unit-groups.csv') },
  {
    route: 'POST /api/units/import',
    status: row(200, 403, 403, 403, 403),
    call: async (c, f) =>
      c.raw('/api/units/import', {
        method: 'POST',
        contentType: 'text/csv',
        body: await (await f.client('admin').get('/api/units.csv')).text(),
      }),
  },
  {
    route: 'POST /api/unit-groups/import',
    status: row(200, 403, 403, 403, 403),
    call: async (c, f) =>
      c.raw('/api/unit-groups/import', {
        method: 'POST',
        contentType: 'text/csv',
        body: await (await f.client('admin').get('/api/unit-groups.csv')).text(),
      }),
  },

  // notifications: each person their own
  {
    route: 'GET /api/notifications',
    status: all(200),
    call: (c) => c.get('/api/notifications?limit=5'),
  },
  {
    route: 'GET /api/notifications/unread-count',
    status: all(200),
    call: (c) => c.get('/api/notifications/unread-count'),
  },
  {
    route: 'POST /api/notifications/read',
    status: all(200),
    call: (c) => c.post('/api/notifications/read', { ids: 'all' }),
  },
  {
    route: 'POST /api/notifications/:id/unread',
    variant: 'own notification',
    status: all(200),
    call: async (c, f, user) =>
      c.post(`/api/notifications/${await notification(f, f.userIds[user]!)}/unread`),
  },
  {
    route: 'POST /api/notifications/:id/unread',
    variant: "another user's notification",
    status: all(404),
    call: async (c, f) =>
      c.post(`/api/notifications/${await notification(f, f.userIds['canbo.taichinh']!)}/unread`),
  },
  {
    route: 'GET /api/account/notification-settings',
    status: all(200),
    call: (c) => c.get('/api/account/notification-settings'),
  },
  {
    route: 'PUT /api/account/notification-settings',
    status: all(200),
    call: (c) => put(c, '/api/account/notification-settings', { preferences: { email: { report: false } } }),
  },

  // đôn đốc settings: the admin's
  {
    route: 'GET /api/settings/reminders',
    status: row(200, 403, 403, 403, 403),
    call: (c) => c.get('/api/settings/reminders'),
  },
  {
    route: 'PUT /api/settings/reminders',
    status: row(200, 403, 403, 403, 403),
    call: (c) => put(c, '/api/settings/reminders', { beforeDue: [7, 3, 1] }),
  },
  {
    route: 'GET /api/settings/calendar-days',
    status: row(200, 403, 403, 403, 403),
    call: (c) => c.get('/api/settings/calendar-days?year=2027'),
  },
  {
    route: 'PUT /api/settings/calendar-days/:date',
    status: row(200, 403, 403, 403, 403),
    call: (c) => put(c, '/api/settings/calendar-days/2027-02-15', { kind: 'off', note: 'Nghỉ bù' }),
  },
  {
    route: 'DELETE /api/settings/calendar-days/:date',
    status: row(200, 403, 403, 403, 403),
    call: async (c, f) => {
      await put(f.client('admin'), '/api/settings/calendar-days/2027-03-06', { kind: 'working' });
      return c.raw('/api/settings/calendar-days/2027-03-06', { method: 'DELETE' });
    },
  },
  {
    route: 'GET /api/settings/unit-heads',
    status: row(200, 403, 403, 403, 403),
    call: (c) => c.get('/api/settings/unit-heads'),
  },
  {
    route: 'PUT /api/settings/unit-heads/:id',
    status: row(200, 403, 403, 403, 403),
    call: (c, f) => put(c, `/api/settings/unit-heads/${f.userIds['canbo.phong']}`, { isHead: true }),
  },

  // users: the admin's
  { route: 'GET /api/users', status: row(200, 403, 403, 403, 403), call: (c) => c.get('/api/users') },
  {
    route: 'POST /api/users',
    status: row(201, 403, 403, 403, 403),
    call: (c) =>
      c.post('/api/users', {
        username: unique('nguoi.moi.'),
        displayName: 'Người mới',
        role: 'viewer',
        unitId: null,
        password: 'mat-khau-du-dai-123',
      }),
  },
  {
    route: 'PATCH /api/users/:id',
    status: row(200, 403, 403, 403, 403),
    call: (c, f) =>
      c.patch(`/api/users/${f.userIds['canbo.phong']}`, { displayName: unique('Cán bộ phòng ') }),
  },

  // one's own tokens and sessions; an admin revokes anyone's token
  {
    route: 'POST /api/auth/tokens',
    status: all(201),
    call: (c) => c.post('/api/auth/tokens', { name: unique('máy '), scope: 'read', expiresInDays: 30 }),
  },
  { route: 'GET /api/auth/tokens', status: all(200), call: (c) => c.get('/api/auth/tokens') },
  {
    route: 'DELETE /api/auth/tokens/:id',
    variant: "one's own token",
    status: all(200),
    call: async (c, f, user) => c.raw(`/api/auth/tokens/${await f.tokenOf(user)}`, { method: 'DELETE' }),
  },
  {
    route: 'DELETE /api/auth/tokens/:id',
    variant: "another user's token",
    status: row(200, 404, 404, 404, 404),
    call: async (c, f) =>
      c.raw(`/api/auth/tokens/${await f.tokenOf('canbo.taichinh')}`, { method: 'DELETE' }),
  },
  {
    route: 'POST /api/account/password',
    status: all(200),
    ownSession: true,
    call: async (c) => {
      const res = await c.post('/api/account/password', {
        currentPassword: 'mat-khau-thu-nghiem',
        newPassword: 'mat-khau-tam-thoi-1',
      });
      if (res.status === 200) {
        // put it back, so later cells log in with the same password
        const back = await c.post('/api/account/password', {
          currentPassword: 'mat-khau-tam-thoi-1',
          newPassword: 'mat-khau-thu-nghiem',
        });
        expect(back.status).toBe(200);
      }
      return res;
    },
  },
  { route: 'GET /api/account/sessions', status: all(200), call: (c) => c.get('/api/account/sessions') },
  {
    route: 'DELETE /api/account/sessions',
    status: all(200),
    ownSession: true,
    call: (c) => c.raw('/api/account/sessions', { method: 'DELETE' }),
  },
  {
    route: 'DELETE /api/account/sessions/:id',
    variant: "one's own session",
    status: all(200),
    ownSession: true,
    call: async (c) => {
      const { sessions } = (await (await c.get('/api/account/sessions')).json()) as {
        sessions: { id: number; current: boolean }[];
      };
      return c.raw(`/api/account/sessions/${sessions.find((s) => s.current)!.id}`, { method: 'DELETE' });
    },
  },
  {
    route: 'DELETE /api/account/sessions/:id',
    variant: "another user's session",
    status: all(404),
    call: async (c, f) => {
      const other = await f.world.database.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', f.userIds['canbo.taichinh']!)
        .executeTakeFirstOrThrow();
      return c.raw(`/api/account/sessions/${other.id}`, { method: 'DELETE' });
    },
  },
];
