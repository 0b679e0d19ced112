import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;

/** Word search and the open filter on the assignment list (issue 12), on both engines. */
describe.each(testEngines())('searching the assignment list on %s', (engine) => {
  let world: World;
  let leader: Client;
  let financeOfficer: Client;
  const tasks = { twelve: 0, digitise: 0, invest: 0 };

  async function list(client: Client, query: string) {
    const res = await client.get(`/api/assignments?${query}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.items).toHaveLength(Math.min(body.total, body.pageSize));
    return body.items.map((a: Json) => `${a.task.id}@${a.unit.id}`).sort() as string[];
  }
  const at = (task: number, unit: number) => `${task}@${unit}`;

  beforeAll(async () => {
    world = await createWorld(engine);
    const db = world.database.db;
    const directive = await db
      .insertInto('directives')
      .values({
        status: 'published',
        kind: 'cong-van',
        number: '15/UBND-KGVX',
        subject: 'Triển khai nhiệm vụ năm 2025',
        standing_unit_id: world.units.office,
        search_text: '15/ubnd-kgvx trien khai nhiem vu nam 2025',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const texts: Record<keyof typeof tasks, [string, string]> = {
      twelve: ['Nhiệm vụ số 12 về chuyển đổi số', 'nhiem vu so 12 ve chuyen doi so'],
      digitise: [
        'Nhiệm vụ số 7: Số hóa hồ sơ thủ tục hành chính',
        'nhiem vu so 7: so hoa ho so thu tuc hanh chinh',
      ],
      invest: ['Xây dựng Kế hoạch đầu tư công', 'xay dung ke hoach dau tu cong'],
    };
    let position = 0;
    for (const key of Object.keys(texts) as (keyof typeof tasks)[]) {
      const row = await db
        .insertInto('tasks')
        .values({
          directive_id: directive.id,
          position: position++,
          text: texts[key][0],
          search_text: texts[key][1],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      tasks[key] = row.id;
    }
    const { science, finance, communeA } = world.units;
    await db
      .insertInto('assignments')
      .values(
        [
          { task_id: tasks.twelve, unit_id: science, role: 'lead' as const, state: 'in_progress' as const },
          { task_id: tasks.twelve, unit_id: finance, role: 'support' as const, state: 'assigned' as const },
          { task_id: tasks.digitise, unit_id: communeA, role: 'lead' as const, state: 'done' as const },
          { task_id: tasks.invest, unit_id: finance, role: 'lead' as const, state: 'cancelled' as const },
        ].map((a) => ({ ...a, directive_id: directive.id, due_date: '2025-06-30' })),
      )
      .execute();
    leader = await world.as('lanhdao');
    financeOfficer = await world.as('canbo.taichinh');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('finds a task typed without accents, and in upper case with or without them', async () => {
    const digitised = [at(tasks.digitise, world.units.communeA)];
    expect(await list(leader, 'q=so hoa ho so')).toEqual(digitised);
    expect(await list(leader, `q=${encodeURIComponent('SỐ HÓA HỒ SƠ')}`)).toEqual(digitised);
    expect(await list(leader, 'q=KE HOACH DAU TU')).toEqual([at(tasks.invest, world.units.finance)]);
  });

  it('finds a number, and a word inside a word', async () => {
    const twelve = [at(tasks.twelve, world.units.science), at(tasks.twelve, world.units.finance)].sort();
    expect(await list(leader, 'q=12')).toEqual(twelve);
    expect(await list(leader, 'q=so 12')).toEqual(twelve);
    expect(await list(leader, 'q=hiem vu so')).toHaveLength(3);
  });

  it("finds a unit's work by the unit's name, and a directive's by its number", async () => {
    expect(await list(leader, 'q=tai chinh')).toEqual(
      [at(tasks.twelve, world.units.finance), at(tasks.invest, world.units.finance)].sort(),
    );
    expect(await list(leader, 'q=ubnd-kgvx')).toHaveLength(4);
  });

  it("searches within a unit's work when a unit is given, or the actor sees only their own", async () => {
    const financeTwelve = [at(tasks.twelve, world.units.finance)];
    expect(await list(leader, `unitId=${world.units.finance}&q=so 12`)).toEqual(financeTwelve);
    expect(await list(leader, `unitId=${world.units.finance}&q=Chuyển đổi`)).toEqual(financeTwelve);
    expect(await list(financeOfficer, 'q=so 12')).toEqual(financeTwelve);
    expect(await list(financeOfficer, 'q=so hoa ho so')).toEqual([]);
    const res = await leader.get(`/api/assignments?unitId=${world.units.finance}&q=UBND&pageSize=1`);
    expect(((await res.json()) as Json).total).toBe(2);
  });

  it('lists open work only: neither done nor cancelled', async () => {
    expect(await list(leader, 'open=true')).toEqual(
      [at(tasks.twelve, world.units.science), at(tasks.twelve, world.units.finance)].sort(),
    );
    expect(await list(leader, `open=true&unitId=${world.units.finance}`)).toEqual([
      at(tasks.twelve, world.units.finance),
    ]);
    expect(await list(leader, 'open=true&q=tai chinh')).toEqual([at(tasks.twelve, world.units.finance)]);
    expect(await list(leader, 'open=false')).toHaveLength(4);
  });

  it('groups the matches by task: a task given to two units is one result with both', async () => {
    const res = await leader.get('/api/assignments/by-task?q=SO 12');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.total).toBe(1);
    expect(body.items).toHaveLength(1);
    expect(body.items[0].task).toMatchObject({ id: tasks.twelve, text: 'Nhiệm vụ số 12 về chuyển đổi số' });
    expect(body.items[0].assignments.map((a: Json) => [a.role, a.unit.id])).toEqual([
      ['lead', world.units.science],
      ['support', world.units.finance],
    ]);
    const all = (await (await leader.get('/api/assignments/by-task?q=ubnd-kgvx&pageSize=2')).json()) as Json;
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    const mine = (await (await financeOfficer.get('/api/assignments/by-task?q=so 12')).json()) as Json;
    expect(mine.items[0].assignments.map((a: Json) => a.unit.id)).toEqual([world.units.finance]);
    const open = (await (await leader.get('/api/assignments/by-task?q=ubnd-kgvx&open=true')).json()) as Json;
    expect(open.items.map((i: Json) => i.task.id)).toEqual([tasks.twelve]);
    expect((await leader.get('/api/assignments/by-task?q=')).status).toBe(400);
  });
});
