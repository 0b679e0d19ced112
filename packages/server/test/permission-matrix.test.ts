import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from './api-harness';
import { testEngines } from './engines';
import { type Fixtures, ROUTE_ROWS, type RouteRow, type Username as RouteUser } from './route-matrix';

/**
 * Part one: every role × every assignment route × an assignment of the officer's own unit, of a unit below
 * it, and of another unit: allowed (a 2xx) or refused (403; 404 for reading what one may not see).
 * The expectations are written out here, apart from the policy code they check.
 */
type Scope = 'own' | 'child' | 'other';
type Username = 'admin' | 'lanhdao' | 'vanphong' | 'canbo.khcn' | 'xem.khcn';
const ALL: Scope[] = ['own', 'child', 'other'];
const MINE: Scope[] = ['own', 'child'];

const ROUTES: {
  name: string;
  needsClaim?: boolean;
  /** Makes what the route acts on (an extension request, an obstacle) as the assignment's unit; its id. */
  prepare?: (unit: Client, assignmentId: number) => Promise<number>;
  allowed: Record<Username, Scope[]>;
  call: (c: Client, id: number) => Promise<Response>;
}[] = [
  {
    name: 'GET /api/assignments/:id',
    allowed: { admin: ALL, lanhdao: ALL, vanphong: ALL, 'canbo.khcn': MINE, 'xem.khcn': MINE },
    call: (c, id) => c.get(`/api/assignments/${id}`),
  },
  {
    name: 'POST /api/assignments/:id/reports',
    allowed: { admin: [], lanhdao: [], vanphong: [], 'canbo.khcn': MINE, 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/assignments/${id}/reports`, { percent: 30, narrative: 'Đang thực hiện.' }),
  },
  {
    name: 'POST /api/assignments/:id/claim',
    allowed: { admin: [], lanhdao: [], vanphong: [], 'canbo.khcn': MINE, 'xem.khcn': [] },
    call: (c, id) =>
      c.post(`/api/assignments/${id}/claim`, {
        narrative: 'Xong.',
        evidence: [{ url: 'https://example.gov.vn/kq' }],
      }),
  },
  {
    name: 'POST /api/assignments/:id/extensions',
    allowed: { admin: [], lanhdao: [], vanphong: [], 'canbo.khcn': MINE, 'xem.khcn': [] },
    call: (c, id) =>
      c.post(`/api/assignments/${id}/extensions`, {
        requestedDue: '2025-12-31',
        reason: 'Cần thêm thời gian.',
      }),
  },
  {
    name: 'POST /api/assignments/:id/verification',
    needsClaim: true,
    allowed: { admin: ALL, lanhdao: [], vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/assignments/${id}/verification`, { decision: 'accept' }),
  },
  {
    name: 'POST /api/assignments/:id/cancel',
    allowed: { admin: ALL, lanhdao: [], vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/assignments/${id}/cancel`, { reason: 'Không còn phù hợp.' }),
  },
  {
    name: 'POST /api/assignments/:id/reminders',
    allowed: { admin: ALL, lanhdao: ALL, vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/assignments/${id}/reminders`, { message: 'Đề nghị báo cáo.' }),
  },
  {
    name: 'POST /api/assignments/:id/comments',
    allowed: { admin: ALL, lanhdao: ALL, vanphong: ALL, 'canbo.khcn': MINE, 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/assignments/${id}/comments`, { body: 'Ý kiến.' }),
  },
  {
    name: 'POST /api/assignments/:id/deadline',
    allowed: { admin: ALL, lanhdao: [], vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) =>
      c.post(`/api/assignments/${id}/deadline`, {
        dueDate: '2025-09-30',
        decisionRef: '12/QĐ-UBND',
        decisionDate: '2025-02-28',
        decidedBy: 'Chủ tịch UBND tỉnh',
      }),
  },
  {
    name: 'POST /api/extensions/:id/decision',
    prepare: requestExtension,
    allowed: { admin: ALL, lanhdao: ALL, vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/extensions/${id}/decision`, { decision: 'approve' }),
  },
  {
    name: 'POST /api/extensions/:id/forward',
    prepare: requestExtension,
    allowed: { admin: ALL, lanhdao: [], vanphong: ALL, 'canbo.khcn': [], 'xem.khcn': [] },
    call: (c, id) => c.post(`/api/extensions/${id}/forward`, { note: 'Kính trình.' }),
  },
  ...(['answer', 'forward', 'resolve'] as const).map((step) => ({
    name: `POST /api/obstacles/:id/${step}`,
    prepare: reportObstacle,
    allowed: {
      admin: ALL,
      lanhdao: step === 'forward' ? [] : ALL,
      vanphong: ALL,
      'canbo.khcn': [],
      'xem.khcn': [],
    },
    call: (c: Client, id: number) => c.post(`/api/obstacles/${id}/${step}`, { message: 'Đã xem.' }),
  })),
];

async function requestExtension(unit: Client, assignmentId: number): Promise<number> {
  const res = await unit.post(`/api/assignments/${assignmentId}/extensions`, {
    requestedDue: '2025-12-31',
    reason: 'Cần thêm thời gian.',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { extensionId: number }).extensionId;
}

async function reportObstacle(unit: Client, assignmentId: number): Promise<number> {
  const res = await unit.post(`/api/assignments/${assignmentId}/reports`, {
    percent: 10,
    narrative: 'Đang làm.',
    obstacles: 'Thiếu kinh phí.',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { reportId: number }).reportId;
}
const USERS: Username[] = ['admin', 'lanhdao', 'vanphong', 'canbo.khcn', 'xem.khcn'];

describe.each(testEngines())('permission matrix on %s', (engine) => {
  let world: World;
  const clients = new Map<string, Client>();
  /** For each matrix cell, a fresh assignment per scope. */
  const cells = new Map<string, Record<Scope, number>>();
  /** For routes acting on an extension or an obstacle: its id, per cell and scope. */
  const prepared = new Map<string, number>();

  beforeAll(async () => {
    world = await createWorld(engine);
    for (const u of [...USERS, 'canbo.phong', 'canbo.taichinh']) clients.set(u, await world.as(u));
    const office = clients.get('vanphong')!;
    const cellNames = ROUTES.flatMap((r) => USERS.map((u) => `${r.name} as ${u}`));
    const lines = cellNames.map(
      (_, i) =>
        `${i + 1}. Giao Sở Khoa học và Công nghệ, Phòng Chuyển đổi số, Sở Tài chính thực hiện việc số ${i + 1}, hoàn thành trước ngày 30/6/2025.`,
    );
    const draft = (await (
      await office.post('/api/directives/import', { text: ['Kính gửi: Sở Tài chính', ...lines].join('\n') })
    ).json()) as {
      id: number;
      version: number;
      tasks: { lead: { unitId: number | null }[] }[];
    };
    expect(draft.tasks).toHaveLength(cellNames.length);
    expect(draft.tasks.every((t) => t.lead.length === 3 && t.lead.every((u) => u.unitId))).toBe(true);
    expect(
      (await office.post(`/api/directives/${draft.id}/publish`, { version: draft.version })).status,
    ).toBe(200);
    // every assignment of the directive, page by page (three units a task)
    const all: { items: { id: number; task: { ref: string }; unit: { id: number } }[] } = { items: [] };
    for (let page = 1; all.items.length < cellNames.length * 3; page++) {
      const res = (await (
        await clients
          .get('lanhdao')!
          .get(`/api/assignments?directiveId=${draft.id}&pageSize=200&sort=due&page=${page}`)
      ).json()) as typeof all;
      if (!res.items.length) break;
      all.items.push(...res.items);
    }
    cellNames.forEach((name, i) => {
      const of = (unitId: number) =>
        all.items.find((a) => a.task.ref === String(i + 1) && a.unit.id === unitId)!.id;
      cells.set(name, {
        own: of(world.units.science),
        child: of(world.units.division),
        other: of(world.units.finance),
      });
    });
    // verification needs a claim to decide on
    const claimer: Record<Scope, string> = {
      own: 'canbo.khcn',
      child: 'canbo.phong',
      other: 'canbo.taichinh',
    };
    for (const route of ROUTES.filter((r) => r.needsClaim)) {
      for (const u of USERS) {
        for (const scope of ALL) {
          const res = await clients
            .get(claimer[scope])!
            .post(`/api/assignments/${cells.get(`${route.name} as ${u}`)![scope]}/claim`, {
              narrative: 'Xong.',
              evidence: [{ url: 'https://example.gov.vn/kq' }],
            });
          expect(res.status).toBe(200);
        }
      }
    }
    for (const route of ROUTES.filter((r) => r.prepare)) {
      for (const u of USERS) {
        const cell = cells.get(`${route.name} as ${u}`)!;
        for (const scope of ALL) {
          prepared.set(
            `${route.name} as ${u} on ${scope}`,
            await route.prepare!(clients.get(claimer[scope])!, cell[scope]),
          );
        }
      }
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  const table = ROUTES.flatMap((route) =>
    USERS.flatMap((user) =>
      ALL.map((scope) => ({ route, user, scope, allowed: route.allowed[user].includes(scope) })),
    ),
  );
  it.each(
    table.map((t) => [
      `${t.route.name} as ${t.user} on ${t.scope} unit → ${t.allowed ? 'allowed' : 'refused'}`,
      t,
    ]),
  )('%s', async (_name, { route, user, scope, allowed }) => {
    const id =
      prepared.get(`${route.name} as ${user} on ${scope}`) ?? cells.get(`${route.name} as ${user}`)![scope];
    const res = await route.call(clients.get(user)!, id);
    if (allowed) expect(res.status, await res.clone().text()).toBeLessThan(300);
    else expect(res.status).toBe(route.name.startsWith('GET') ? 404 : 403);
  });
});

/**
 * Part two: every other served route × the five roles (× the resource's variants where the
 * answer depends on it), from the table in route-matrix.ts. Part three walks the app's routes:
 * a route served but missing from both tables fails, and so does a row for a route not served.
 */
const variantsOf = (path: string) =>
  // a pattern like ":step{answer|forward|resolve}" serves one route per alternative
  path.replace(/:\w+\{([\w|]+)\}/, '{$1}').includes('{')
    ? path
        .replace(/:\w+\{([\w|]+)\}/, '{$1}')
        .match(/\{([\w|]+)\}/)![1]!
        .split('|')
        .map((alt) => path.replace(/:\w+\{[\w|]+\}/, alt))
    : [path];

function servedRoutes(app: World['app']): string[] {
  return [
    ...new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .flatMap((r) => variantsOf(r.path).map((p) => `${r.method} ${p}`)),
    ),
  ].sort();
}

describe.each(testEngines())('permission matrix over every other route on %s', (engine) => {
  let world: World;
  const clients = new Map<string, Client>();
  let fixtures: Fixtures;

  beforeAll(async () => {
    world = await createWorld(engine);
    for (const u of [...USERS, 'canbo.phong', 'canbo.taichinh']) clients.set(u, await world.as(u));
    // the office's session may be renewed by a cell that ends sessions: look it up on each use
    const office = {
      get: (p: string) => clients.get('vanphong')!.get(p),
      post: (p: string, b?: unknown) => clients.get('vanphong')!.post(p, b),
      upload: (p: string, bytes: Uint8Array, name: string) => clients.get('vanphong')!.upload(p, bytes, name),
    };
    const db = world.database.db;
    const users = await db.selectFrom('users').select(['id', 'username']).execute();
    const userIds = Object.fromEntries(users.map((u) => [u.username, u.id]));
    let n = 0;
    const text = () =>
      `Kính gửi: Sở Tài chính\n1. Giao Sở Khoa học và Công nghệ, Sở Tài chính thực hiện việc số ${++n}, hoàn thành trước ngày 30/6/2025.`;
    const importDraft = async (withSource: boolean) => {
      const res = withSource
        ? await office.upload('/api/directives/import', new TextEncoder().encode(text()), 'chi-dao.txt')
        : await office.post('/api/directives/import', { text: text() });
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as { id: number; version: number };
    };
    const draft: Fixtures['draft'] = async (following, withSource = false) => {
      const d = await importDraft(withSource);
      if (following === 'other')
        await db
          .updateTable('directives')
          .set({ standing_unit_id: world.units.finance })
          .where('id', '=', d.id)
          .execute();
      return d;
    };
    const published = async () => {
      const d = await importDraft(true);
      const res = await office.post(`/api/directives/${d.id}/publish`, { version: d.version });
      expect(res.status).toBe(200);
      const after = (await (await office.get(`/api/directives/${d.id}`)).json()) as { version: number };
      return { id: d.id, version: after.version };
    };
    const assignmentsOf = async (directiveId: number) =>
      (
        (await (
          await clients.get('lanhdao')!.get(`/api/assignments?directiveId=${directiveId}&pageSize=200`)
        ).json()) as { items: { id: number; unit: { id: number } }[] }
      ).items;
    const assignment: Fixtures['assignment'] = async (unit) =>
      (await assignmentsOf((await published()).id)).find((a) => a.unit.id === world.units[unit])!.id;
    // evidence of the science department and of the finance department
    const list = { items: await assignmentsOf((await published()).id) };
    const evidence = async (user: string, unitId: number) => {
      const c = clients.get(user)!;
      const up = await c.upload(
        '/api/files',
        new TextEncoder().encode(`Minh chứng của ${user}`),
        'minh-chung.txt',
      );
      expect(up.status).toBe(201);
      const { sha256 } = (await up.json()) as { sha256: string };
      const id = list.items.find((a) => a.unit.id === unitId)!.id;
      const rep = await c.post(`/api/assignments/${id}/reports`, {
        percent: 20,
        narrative: 'Đang làm.',
        evidence: [{ sha256, fileName: 'minh-chung.txt' }],
      });
      expect(rep.status).toBe(201);
      return sha256;
    };
    const files = {
      own: await evidence('canbo.khcn', world.units.science),
      other: await evidence('canbo.taichinh', world.units.finance),
    };
    fixtures = {
      world,
      client: (u) => clients.get(u)!,
      fresh: (u) => world.as(u),
      draft,
      published,
      assignment,
      files,
      userIds,
      async tokenOf(user) {
        const res = await clients
          .get(user)!
          .post('/api/auth/tokens', { name: 'máy chủ báo cáo', scope: 'read' });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: number }).id;
      },
    };
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });

  const cells = ROUTE_ROWS.flatMap((route) =>
    USERS.map((user) => ({ route, user: user as RouteUser, expected: route.status[user as RouteUser] })),
  );
  it.each(
    cells.map((c) => [
      `${c.route.route}${c.route.variant ? ` (${c.route.variant})` : ''} as ${c.user} → ${c.expected}`,
      c,
    ]),
  )(
    '%s',
    async (_name, { route, user, expected }: { route: RouteRow; user: RouteUser; expected: number }) => {
      const client = route.ownSession ? await fixtures.fresh(user) : clients.get(user)!;
      const res = await route.call(client, fixtures, user);
      expect(res.status, await res.clone().text()).toBe(expected);
      // the shared session may have ended with the cell: sign in again for the next ones
      if (route.ownSession) clients.set(user, await world.as(user));
    },
  );

  it('answers with the abilities each reader has, which the buttons follow', async () => {
    const draft = await fixtures.draft('office', true);
    const abilities = async (user: string, id: number) =>
      ((await (await clients.get(user)!.get(`/api/directives/${id}`)).json()) as { abilities: string[] })
        .abilities;
    expect(await abilities('vanphong', draft.id)).toEqual([
      'directive.edit',
      'directive.publish',
      'directive.delete_draft',
      'directive.read_source',
    ]);
    expect(await abilities('lanhdao', draft.id)).toEqual(['directive.read_source']);
    const published = await fixtures.published();
    expect(await abilities('canbo.khcn', published.id)).toEqual(['directive.read_source']);
    const users = (await (await clients.get('admin')!.get('/api/users')).json()) as {
      items: { username: string; abilities: string[] }[];
    };
    expect(users.items.find((u) => u.username === 'admin')!.abilities).toEqual(['user.edit']);
    expect(users.items.find((u) => u.username === 'lanhdao')!.abilities).toEqual([
      'user.edit',
      'user.lock',
      'user.change_role',
    ]);
  });

  it('covers every served route, and no route that is not served', () => {
    const covered = new Set([...ROUTES.map((r) => r.name), ...ROUTE_ROWS.map((r) => r.route)]);
    const served = servedRoutes(world.app);
    expect(served.filter((r) => !covered.has(r))).toEqual([]);
    expect([...covered].filter((r) => !served.includes(r))).toEqual([]);
  });
});
