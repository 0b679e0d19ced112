import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import { insertGroup } from '../units/unit-directory';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 20/KH-UBND',
  'KẾ HOẠCH',
  'Chuyển đổi số năm 2025',
  '1. Sở Khoa học và Công nghệ chủ trì, phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình, hoàn thành trước ngày 31/12/2025.',
  '2. Ủy ban nhân dân cấp xã rà soát, số hóa hồ sơ, hoàn thành trong quý II/2025.',
  '3. Các cơ quan, đơn vị tổ chức tuyên truyền về chuyển đổi số, hoàn thành trong quý III/2025.',
].join('\n');

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

/** The body the review screen sends: every task as it reads it, targets, spans and warnings too. */
const asInput = (t: Json) => ({
  ref: t.ref,
  text: t.text,
  due: t.due,
  targets: t.targets,
  spans: t.spans,
  warnings: t.warnings,
  lead: t.lead.map((u: Json) => ({ name: u.name, unitId: u.unitId, groupId: u.groupId })),
  support: t.support.map((u: Json) => ({ name: u.name, unitId: u.unitId, groupId: u.groupId })),
});

describe.each(testEngines())('reviewing a directive on %s', (engine) => {
  let world: World;
  let office: Client;
  let wholeProvince: number;

  beforeAll(async () => {
    world = await createWorld(engine);
    office = await world.as('vanphong');
    // a group that holds the standing office itself
    wholeProvince = await insertGroup(world.database.db, {
      name: 'Các cơ quan, đơn vị',
      memberIds: [world.units.office, world.units.science, world.units.finance],
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  const importPlan = async (text = PLAN) => {
    const res = await office.post('/api/directives/import', { text });
    expect(res.status).toBe(201);
    return json(res);
  };

  it('#9.1 saving a draft as the review reads it keeps its targets, spans and warnings', async () => {
    const draft = await importPlan();
    expect(draft.tasks[0].targets).toHaveLength(1);
    const tasks = draft.tasks.map(asInput);
    tasks[1].warnings = ['Không rõ đơn vị chủ trì'];
    const res = await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks });
    expect(res.status).toBe(200);
    const saved = await json(await office.get(`/api/directives/${draft.id}`));
    expect(saved.tasks[0].targets).toEqual(draft.tasks[0].targets);
    expect(saved.tasks[0].spans).toEqual(draft.tasks[0].spans);
    expect(saved.tasks[1].warnings).toEqual(['Không rõ đơn vị chủ trì']);
  });

  it('#9.1 an edited target is kept, and a bad one is refused at its field', async () => {
    const draft = await importPlan();
    const tasks = draft.tasks.map(asInput);
    tasks[0].targets = [{ metric: 'hồ sơ trực tuyến toàn trình', value: 90, unit: '%', by: '2025-11-30' }];
    const ok = await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks });
    expect((await json(ok)).tasks[0].targets).toEqual(tasks[0].targets);
    tasks[0].targets = [{ metric: 'hồ sơ', value: 120, unit: '%', by: null }];
    const bad = await office.patch(`/api/directives/${draft.id}`, { version: draft.version + 1, tasks });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details).toContainEqual(
      expect.objectContaining({ path: 'tasks.0.targets.0.value' }),
    );
  });

  it('#9.2 "Ủy ban nhân dân cấp xã" is offered the commune group only; saved as an alias, it matches next time', async () => {
    const draft = await importPlan();
    const commune = draft.tasks[1].lead[0];
    expect(commune).toMatchObject({ name: 'Ủy ban nhân dân cấp xã', unitId: null, groupId: null });
    expect(commune.candidates.length).toBeGreaterThan(0);
    expect(commune.candidates.every((c: Json) => c.unitId === null)).toBe(true);
    expect(commune.candidates[0].groupId).toBe(world.groups.communes);

    const officer = await world.as('canbo.khcn');
    const body = { name: 'Ủy ban nhân dân cấp xã', groupId: world.groups.communes };
    expect((await officer.post('/api/unit-aliases', body)).status).toBe(403);
    expect(await json(await office.post('/api/unit-aliases', body))).toEqual({ added: true });
    expect(await json(await office.post('/api/unit-aliases', body))).toEqual({ added: false });
    const again = await importPlan();
    expect(again.tasks[1].lead[0]).toMatchObject({ groupId: world.groups.communes, match: 'group' });
  });

  it('#9.2 a unit a machine chose stays marked as suggested until a person confirms it', async () => {
    const draft = await importPlan();
    const tasks = draft.tasks.map(asInput);
    tasks[1].lead = [{ name: 'Ủy ban nhân dân cấp xã', groupId: world.groups.communes, match: 'suggested' }];
    await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks });
    const saved = await json(await office.get(`/api/directives/${draft.id}`));
    expect(saved.tasks[1].lead[0]).toMatchObject({ match: 'suggested', groupId: world.groups.communes });
    const preview = await json(await office.get(`/api/directives/${draft.id}/publish-preview`));
    expect(preview.unconfirmed).toBe(1);
    tasks[1].lead[0].match = 'chosen';
    await office.patch(`/api/directives/${draft.id}`, { version: saved.version, tasks });
    const confirmed = await json(await office.get(`/api/directives/${draft.id}`));
    expect(confirmed.tasks[1].lead[0].match).toBe('chosen');
  });

  it('#9.5 an officer and a viewer cannot read a draft; the leader and the office can; all can once published', async () => {
    const draft = await importPlan();
    const officer = await world.as('canbo.khcn');
    const viewer = await world.as('xem.khcn');
    const leader = await world.as('lanhdao');
    for (const who of [officer, viewer]) {
      expect((await who.get(`/api/directives/${draft.id}`)).status).toBe(404);
      expect((await who.get(`/api/directives/${draft.id}/source`)).status).toBe(404);
      const drafts = await json(await who.get('/api/directives?status=draft'));
      expect(drafts.items).toEqual([]);
      const all = await json(await who.get('/api/directives'));
      expect(all.items.some((d: Json) => d.status === 'draft')).toBe(false);
    }
    expect((await leader.get(`/api/directives/${draft.id}`)).status).toBe(200);
    expect((await json(await leader.get('/api/directives?status=draft'))).items.length).toBeGreaterThan(0);

    const tasks = draft.tasks.map(asInput);
    for (const t of tasks) t.lead = [{ name: 'Sở Tài chính', unitId: world.units.finance }];
    const saved = await json(
      await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks }),
    );
    expect(
      (await office.post(`/api/directives/${draft.id}/publish`, { version: saved.version })).status,
    ).toBe(200);
    expect((await officer.get(`/api/directives/${draft.id}`)).status).toBe(200);
  });

  it('#9.14 the office fills in number, date, subject, issuer and signer; the list finds the draft without accents; a draft can be deleted', async () => {
    const draft = await importPlan('1. Sở Tài chính rà soát kinh phí chuyển đổi số.');
    expect(draft.number).toBeNull();
    const fields = {
      number: '77/KH-UBND',
      issuedOn: '2025-04-02',
      subject: 'Kế hoạch rà soát kinh phí chuyển đổi số',
      issuer: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      signer: 'Nguyễn Văn An',
    };
    const res = await office.patch(`/api/directives/${draft.id}`, {
      version: draft.version,
      ...fields,
      programmes: ['Đề án 06'],
    });
    expect(await json(res)).toMatchObject(fields);
    const found = await json(await office.get('/api/directives?q=KE HOACH RA SOAT kinh phi&status=draft'));
    expect(found.items.map((d: Json) => d.id)).toEqual([draft.id]);
    expect(found.items[0]).toMatchObject({ number: '77/KH-UBND', issuer: fields.issuer, tasks: 1 });
    const byYear = async (y: number) =>
      (await json(await office.get(`/api/directives?year=${y}&programme=${encodeURIComponent('Đề án 06')}`)))
        .items;
    expect((await byYear(2025)).map((d: Json) => d.id)).toEqual([draft.id]);
    expect(await byYear(2024)).toEqual([]);

    const current = await json(await office.get(`/api/directives/${draft.id}`));
    const officer = await world.as('canbo.khcn');
    expect(
      (await officer.raw(`/api/directives/${draft.id}?version=${current.version}`, { method: 'DELETE' }))
        .status,
    ).toBe(404);
    expect((await office.raw(`/api/directives/${draft.id}?version=1`, { method: 'DELETE' })).status).toBe(
      409,
    );
    const deleted = await office.raw(`/api/directives/${draft.id}?version=${current.version}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(200);
    expect((await office.get(`/api/directives/${draft.id}`)).status).toBe(404);
  });

  it('#9.14 a published directive cannot be deleted', async () => {
    const draft = await importPlan('1. Sở Tài chính rà soát kinh phí.');
    const published = await office.post(`/api/directives/${draft.id}/publish`, { version: draft.version });
    expect(published.status).toBe(200);
    const res = await office.raw(`/api/directives/${draft.id}?version=${draft.version + 1}`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(422);
  });

  it('#9.15 a date written the Vietnamese way, or not in the calendar, is refused with the path of its field', async () => {
    const draft = await importPlan();
    const tasks = draft.tasks.map(asInput);
    tasks[1].due = { type: 'date', date: '31/03/2027' };
    const bad = await json(
      await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks }),
    );
    expect(bad.error.details).toContainEqual({
      path: 'tasks.1.due.date',
      message: 'Ngày phải có dạng YYYY-MM-DD',
    });
    tasks[1].due = { type: 'date', date: '2027-02-31' };
    const impossible = await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks });
    expect(impossible.status).toBe(400);
    expect((await json(impossible)).error.details[0].path).toBe('tasks.1.due.date');
    const issued = await json(
      await office.patch(`/api/directives/${draft.id}`, { version: draft.version, issuedOn: '2.4.2025' }),
    );
    expect(issued.error.details[0].path).toBe('issuedOn');
  });

  it('#9.21 the preview counts what publishing creates, and a group leaves out the standing office unless chosen', async () => {
    const draft = await importPlan();
    const tasks = draft.tasks.map(asInput);
    tasks[0].lead = [{ name: 'Sở Khoa học và Công nghệ', unitId: world.units.science }];
    tasks[1].lead = [{ name: 'Ủy ban nhân dân cấp xã', groupId: world.groups.communes }];
    expect(draft.tasks[2].lead[0]).toMatchObject({ groupId: wholeProvince, match: 'group' });
    const saved = await json(
      await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks }),
    );
    const preview = await json(await office.get(`/api/directives/${draft.id}/publish-preview`));
    // task 1: science; task 2: two communes; task 3: science and finance, not the office itself
    expect(preview).toMatchObject({ assignments: 5, units: 4, unconfirmed: 0 });
    expect(preview.byUnit.map((u: Json) => u.unitId)).not.toContain(world.units.office);
    expect(
      (await (await world.as('canbo.khcn')).get(`/api/directives/${draft.id}/publish-preview`)).status,
    ).toBe(404);
    const summary = await json(
      await office.post(`/api/directives/${draft.id}/publish`, { version: saved.version }),
    );
    expect(summary).toEqual(preview);

    const chosen = await importPlan('1. Sở Tài chính rà soát kinh phí chuyển đổi số.');
    const both = chosen.tasks.map(asInput);
    both[0].lead = [
      { name: 'Văn phòng Ủy ban nhân dân tỉnh', unitId: world.units.office },
      { name: 'Các cơ quan, đơn vị', groupId: wholeProvince },
    ];
    await office.patch(`/api/directives/${chosen.id}`, { version: chosen.version, tasks: both });
    const byName = await json(await office.get(`/api/directives/${chosen.id}/publish-preview`));
    expect(byName.byUnit.map((u: Json) => u.unitId)).toContain(world.units.office);
    expect(byName.assignments).toBe(3);
  });

  it('#15.5 every task carries its warnings to the review, and they survive a save', async () => {
    const draft = await importPlan();
    for (const t of draft.tasks) expect(Array.isArray(t.warnings)).toBe(true);
    const tasks = draft.tasks.map(asInput);
    tasks[0].warnings = ['Thời hạn suy ra từ đoạn trên'];
    await office.patch(`/api/directives/${draft.id}`, { version: draft.version, tasks });
    const saved = await json(await office.get(`/api/directives/${draft.id}`));
    expect(saved.tasks[0].warnings).toEqual(['Thời hạn suy ra từ đoạn trên']);
  });
});
