import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from './api-harness';
import { testEngines } from './engines';

/**
 * Every role × every assignment route × an assignment of the officer's own unit, of a unit below
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
