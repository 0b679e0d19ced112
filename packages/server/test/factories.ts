import { onTestFinished } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import type { Engine } from '../src/db/database';
import type { Role, UnitKind } from '../src/db/schema';
import { refreshAllStatuses } from '../src/jobs/refresh-statuses';
import { insertUnit } from '../src/units/unit-repository';
import { type Client, createWorld, PASSWORD, type World } from './api-harness';

/**
 * Small factories over the API harness: each test builds the world it needs — a unit, a user of a
 * role, a directive published with N assignments, an assignment in a given state — and reads
 * nothing another test left behind.
 */

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
export type Json = Record<string, any>;
export const json = async (res: Response) => (await res.json()) as Json;

/**
 * The time a test that builds its own province may take: on a busy machine the first one of a file
 * also makes the migrated PGlite copy the others load (see `freshDatabase`), and a test that follows
 * a directive for months makes some fifty requests. Pass it as the suite's `timeout`.
 */
export const WORLD_TIMEOUT = 120_000;

/** A fresh province (see `createWorld`), its clock at 01/03/2025, closed when the current test ends. */
export async function newWorld(engine: Engine): Promise<World> {
  const world = await createWorld(engine, { fromCopy: true });
  onTestFinished(() => world.close());
  return world;
}

/** The users `createWorld` makes, by role or unit. */
export const USERS = {
  admin: 'admin',
  leader: 'lanhdao',
  office: 'vanphong',
  science: 'canbo.khcn',
  division: 'canbo.phong',
  finance: 'canbo.taichinh',
  viewer: 'xem.khcn',
} as const;

/** The officer who signs in for each unit that has one. */
export const OFFICER: Partial<Record<keyof World['units'], string>> = {
  science: USERS.science,
  division: USERS.division,
  finance: USERS.finance,
};

/** A unit under `parentId` (the province when not given). */
export async function addUnit(
  world: World,
  unit: { name: string; kind?: UnitKind; parentId?: number; shortName?: string },
): Promise<number> {
  const row = await insertUnit(world.database.db, {
    parentId: unit.parentId ?? world.units.province,
    kind: unit.kind ?? 'department',
    name: unit.name,
    ...(unit.shortName ? { shortName: unit.shortName } : {}),
  });
  return row.id;
}

let users = 0;
/** A user of that role in that unit, signed in. */
export async function addUser(
  world: World,
  role: Role,
  unitId: number | null,
  username = `nguoidung.${++users}`,
): Promise<Client & { username: string }> {
  await world.database.db
    .insertInto('users')
    .values({
      username,
      display_name: username,
      role,
      unit_id: unitId,
      password_hash: await hashPassword(PASSWORD),
    })
    .execute();
  return Object.assign(await world.as(username), { username });
}

/** Moves the world's clock and refreshes the statuses as the nightly job would. Sessions last a week: sign in again after. */
export async function travel(world: World, to: string, dueSoonDays = 7): Promise<void> {
  world.clock.now = new Date(to);
  await refreshAllStatuses(world.database.db, world.clock.now, dueSoonDays);
}

type UnitKey = keyof World['units'];

export interface TaskSpec {
  lead: UnitKey;
  support?: UnitKey[];
  /** dd/mm/yyyy */
  due: string;
  /** What is to be done; a text of its own by default. */
  work?: string;
}

export interface Published {
  directiveId: number;
  /** The assignments by task ref ('1', '2', ...), lead and support units by their key in `world.units`. */
  tasks: Record<string, { lead: number; support: Partial<Record<UnitKey, number>> }>;
}

let directives = 0;

/** The text of a directive giving each task to its units, as the office would paste it. */
export async function directiveText(world: World, tasks: TaskSpec[], number: string): Promise<string> {
  const names = await world.database.db.selectFrom('units').select(['id', 'name']).execute();
  const name = (key: UnitKey) => names.find((u) => u.id === world.units[key])!.name;
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH THỬ NGHIỆM',
    `Số: ${number}`,
    'V/v thực hiện nhiệm vụ',
    'Thử Nghiệm, ngày 20 tháng 02 năm 2025',
    'Kính gửi: Các sở, ban, ngành tỉnh.',
    'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
    ...tasks.map((t, i) => {
      const support = t.support?.length ? `, phối hợp với ${t.support.map(name).join(', ')}` : '';
      const work = t.work ?? `thực hiện việc số ${i + 1}`;
      return `${i + 1}. Giao ${name(t.lead)} chủ trì${support} ${work}, hoàn thành trước ngày ${t.due}.`;
    }),
    'Nơi nhận:',
    '- Như trên;',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn An',
  ].join('\n');
}

/** A directive imported by the standing office and published: one assignment per lead and supporting unit. */
export async function publishDirective(
  world: World,
  tasks: TaskSpec[],
  options: { programmes?: string[] } = {},
): Promise<Published> {
  const office = await world.as(USERS.office);
  const text = await directiveText(world, tasks, `${++directives}/UBND-TN`);
  const imported = await office.post('/api/directives/import', { text });
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${await imported.text()}`);
  let draft = await json(imported);
  if (options.programmes) {
    const patched = await office.patch(`/api/directives/${draft.id}`, {
      version: draft.version,
      programmes: options.programmes,
    });
    if (patched.status !== 200) throw new Error(`edit: ${patched.status} ${await patched.text()}`);
    draft = await json(patched);
  }
  const published = await office.post(`/api/directives/${draft.id}/publish`, { version: draft.version });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${await published.text()}`);

  const rows = await world.database.db
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .select(['assignments.id', 'assignments.unit_id', 'assignments.role', 'tasks.ref'])
    .where('assignments.directive_id', '=', draft.id)
    .execute();
  const keyOf = (unitId: number) =>
    (Object.keys(world.units) as UnitKey[]).find((k) => world.units[k] === unitId)!;
  const byRef: Published['tasks'] = {};
  tasks.forEach((spec, i) => {
    const ref = String(i + 1);
    const mine = rows.filter((r) => r.ref === ref);
    const lead = mine.find((r) => r.role === 'lead' && r.unit_id === world.units[spec.lead]);
    if (!lead) throw new Error(`task ${ref}: no lead assignment for ${spec.lead}`);
    byRef[ref] = {
      lead: lead.id,
      support: Object.fromEntries(
        mine.filter((r) => r.role === 'support').map((r) => [keyOf(r.unit_id), r.id]),
      ),
    };
  });
  return { directiveId: draft.id, tasks: byRef };
}

/** One step of an assignment's life, taken through the API by whoever may take it. */
export type Step = 'report' | 'claim' | 'return' | 'accept' | 'cancel';

/** The steps that lead an assigned assignment to each state. */
export const PATH_TO: Record<
  'assigned' | 'in_progress' | 'claimed' | 'returned' | 'done' | 'cancelled',
  Step[]
> = {
  assigned: [],
  in_progress: ['report'],
  claimed: ['report', 'claim'],
  returned: ['report', 'claim', 'return'],
  done: ['report', 'claim', 'accept'],
  cancelled: ['cancel'],
};

/** Takes the steps in order on assignment `id`, held by the officer `unit` signs in as. */
export async function advance(world: World, id: number, unit: Client, steps: Step[]): Promise<void> {
  const office = await world.as(USERS.office);
  for (const step of steps) {
    const res =
      step === 'report'
        ? await unit.post(`/api/assignments/${id}/reports`, {
            percent: 40,
            narrative: 'Đã xây dựng dự thảo kế hoạch.',
            obstacles: 'Thiếu kinh phí thuê tư vấn.',
          })
        : step === 'claim'
          ? await unit.post(`/api/assignments/${id}/claim`, {
              narrative: 'Đã hoàn thành.',
              evidence: [{ url: 'https://example.gov.vn/ket-qua' }],
            })
          : step === 'return'
            ? await office.post(`/api/assignments/${id}/verification`, {
                decision: 'return',
                reason: 'Thiếu quyết định phê duyệt kế hoạch.',
              })
            : step === 'accept'
              ? await office.post(`/api/assignments/${id}/verification`, { decision: 'accept' })
              : await office.post(`/api/assignments/${id}/cancel`, { reason: 'Không còn cần thực hiện.' });
    if (res.status >= 300) throw new Error(`${step} on ${id}: ${res.status} ${await res.text()}`);
  }
}

/**
 * A lead assignment, of the Department of Science (officer `canbo.khcn`) due 31/03/2025 unless
 * `task` says otherwise, in that state; `returned` is in progress again after the office returned
 * its claim.
 */
export async function assignmentIn(
  world: World,
  state: keyof typeof PATH_TO,
  task: Partial<TaskSpec> = {},
): Promise<number> {
  const { tasks } = await publishDirective(world, [{ lead: 'science', due: '31/03/2025', ...task }]);
  const id = tasks['1']!.lead;
  const unit = await world.as(OFFICER[task.lead ?? 'science']!);
  await advance(world, id, unit, PATH_TO[state]);
  return id;
}
