import { describe, expect, it } from 'vitest';
import type { Client } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import {
  addUser,
  type Json,
  json,
  newWorld,
  publishDirective,
  travel,
  USERS,
  WORLD_TIMEOUT,
} from '../../test/factories';
import type { Engine } from '../db/database';

/**
 * A province where the office published four tasks for the Department of Science, due 31/03/2025,
 * and a second standing office (of the Department of Finance) that does not follow them; the clock
 * at 10/04/2025, every assignment overdue. Each test builds its own.
 */
async function overdueWork(engine: Engine) {
  const world = await newWorld(engine);
  const otherOffice = await addUser(world, 'standing_office', world.units.finance, 'vanphong.taichinh');
  const published = await publishDirective(
    world,
    ['1', '2', '3', '4'].map(() => ({ lead: 'science' as const, due: '31/03/2025' })),
  );
  // past the deadline: every assignment is overdue
  await travel(world, '2025-04-10T03:00:00Z');
  const office = await world.as(USERS.office);
  const leader = await world.as(USERS.leader);
  /** The assignment of each task, by its number. */
  const task: Record<string, number> = {};
  for (const [ref, t] of Object.entries(published.tasks)) task[ref] = t.lead;
  return {
    world,
    office,
    otherOffice: await world.as(otherOffice.username),
    leader,
    science: await world.as(USERS.science),
    viewer: await world.as(USERS.viewer),
    task,
    detail: async (id: number, as: Client = office) => json(await as.get(`/api/assignments/${id}`)),
    audit: async (entity: string, id: number) =>
      (await json(await leader.get(`/api/audit?entity=${entity}&entityId=${id}`))).items as Json[],
  };
}

describe.each(testEngines())('the standing office’s own work on %s', { timeout: WORLD_TIMEOUT }, (engine) => {
  it('#9.17 /api/auth/me carries the abilities the policy gives each role', async () => {
    const { world, office, leader, science } = await overdueWork(engine);
    const abilities = async (c: Client) => (await json(await c.get('/api/auth/me'))).user.abilities;
    expect(await abilities(science)).toMatchObject({
      canImport: false,
      canAdmin: false,
      canVerify: false,
      canDecideExtensions: false,
      seesAllUnits: false,
    });
    expect(await abilities(office)).toMatchObject({
      canImport: true,
      canAdmin: false,
      canVerify: true,
      canDecideExtensions: true,
      canHandleObstacles: true,
    });
    expect(await abilities(leader)).toMatchObject({
      canImport: false,
      canVerify: false,
      canDecideExtensions: true,
    });
    expect(await abilities(await world.as('admin'))).toMatchObject({ canAdmin: true, canImport: true });
  });

  it('#9.17 every assignment carries the steps this actor may take; an office that does not follow its directive may not verify', async () => {
    const { office, otherOffice, science, viewer, task, detail } = await overdueWork(engine);
    const id = task['1']!;
    expect((await detail(id, science)).abilities).toEqual(
      expect.arrayContaining(['assignment.report', 'assignment.claim', 'assignment.comment']),
    );
    expect((await detail(id, science)).abilities).not.toContain('assignment.remind');
    expect((await detail(id, viewer)).abilities).toEqual([]);
    const claimed = await science.post(`/api/assignments/${id}/claim`, {
      narrative: 'Đã xong.',
      evidence: [{ url: 'https://example.gov.vn/csdl' }],
    });
    expect(claimed.status).toBe(200);
    expect((await detail(id, office)).abilities).toContain('assignment.verify');
    // the list answers the same as the detail, item by item
    const listed = await json(await otherOffice.get('/api/assignments?state=claimed'));
    expect(listed.items.find((a: Json) => a.id === id).abilities).not.toContain('assignment.verify');
    expect((await detail(id, otherOffice)).abilities).not.toContain('assignment.verify');
    expect(
      (await otherOffice.post(`/api/assignments/${id}/verification`, { decision: 'accept' })).status,
    ).toBe(403);
    expect((await detail(id, science)).abilities).not.toContain('assignment.report');
  });

  it('#9.18 the office reminds a unit of an overdue assignment: an unsent reminder, on the timeline and in the audit log', async () => {
    const { world, office, otherOffice, science, task, detail, audit } = await overdueWork(engine);
    const id = task['2']!;
    expect((await detail(id)).timeliness).toBe('open_overdue');
    expect((await detail(id)).abilities).toContain('assignment.remind');
    const res = await office.post(`/api/assignments/${id}/reminders`, { message: 'Đề nghị báo cáo ngay.' });
    expect(res.status).toBe(201);
    const { reminderId, assignment } = await json(res);
    expect(assignment.timeline.at(-1)).toMatchObject({
      kind: 'reminder',
      by: 'vanphong',
      message: 'Đề nghị báo cáo ngay.',
      sentAt: null,
    });
    const stored = await world.database.db
      .selectFrom('reminders')
      .selectAll()
      .where('id', '=', reminderId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ assignment_id: id, sent_at: null, channel: null });
    expect((await audit('assignment', id)).map((e) => e.action)).toContain('assignment.remind');
    expect((await science.post(`/api/assignments/${id}/reminders`, {})).status).toBe(403);
    expect((await otherOffice.post(`/api/assignments/${id}/reminders`, {})).status).toBe(403);
  });

  it('#9.18 the office and the unit comment on the timeline; a viewer may not; an empty comment is refused in Vietnamese', async () => {
    const { office, science, viewer, task, detail } = await overdueWork(engine);
    const id = task['2']!;
    const version = (await detail(id)).version;
    expect((await office.post(`/api/assignments/${id}/comments`, { body: 'Vì sao chậm?' })).status).toBe(201);
    expect(
      (await science.post(`/api/assignments/${id}/comments`, { body: 'Đang chờ số liệu.' })).status,
    ).toBe(201);
    expect((await viewer.post(`/api/assignments/${id}/comments`, { body: 'Xem.' })).status).toBe(403);
    const empty = await office.post(`/api/assignments/${id}/comments`, { body: '  ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify((await json(empty)).error)).toContain('Cần nhập nội dung bình luận');
    const after = await detail(id, science);
    expect(after.timeline.filter((e: Json) => e.kind === 'comment').map((e: Json) => e.body)).toEqual([
      'Vì sao chậm?',
      'Đang chờ số liệu.',
    ]);
    // a comment does not make a report being written stale
    expect(after.version).toBe(version);
  });

  it('#9.18 a deadline changed by a leader’s decision records the decision and keeps the original deadline', async () => {
    const { office, leader, task, audit } = await overdueWork(engine);
    const id = task['2']!;
    const missing = await office.post(`/api/assignments/${id}/deadline`, { dueDate: '2025-06-30' });
    expect(missing.status).toBe(400);
    const res = await office.post(`/api/assignments/${id}/deadline`, {
      dueDate: '2025-06-30',
      decisionRef: '123/UBND-VP',
      decisionDate: '2025-04-09',
      decidedBy: 'Phó Chủ tịch Nguyễn Văn An',
      reason: 'Chờ kinh phí.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const a = await json(res);
    expect(a).toMatchObject({
      dueDate: '2025-06-30',
      originalDueDate: '2025-03-31',
      timeliness: 'open_within_deadline',
    });
    expect(a.timeline.at(-1)).toMatchObject({
      kind: 'deadline',
      previousDue: '2025-03-31',
      newDue: '2025-06-30',
      decisionRef: '123/UBND-VP',
      decisionDate: '2025-04-09',
      decidedBy: 'Phó Chủ tịch Nguyễn Văn An',
      by: 'vanphong',
    });
    expect((await audit('assignment', id)).map((e) => e.action)).toContain('assignment.deadline.change');
    expect(
      (
        await leader.post(`/api/assignments/${id}/deadline`, {
          dueDate: '2025-07-30',
          decisionRef: '1/UBND',
          decisionDate: '2025-04-09',
          decidedBy: 'Chủ tịch',
        })
      ).status,
    ).toBe(403);
  });

  it('#9.18 the office cancels with a reason, shown on the timeline; a cancelled assignment takes no reminder', async () => {
    const { office, task, detail } = await overdueWork(engine);
    const id = task['3']!;
    expect((await detail(id)).abilities).toContain('assignment.cancel');
    expect((await office.post(`/api/assignments/${id}/cancel`, { reason: '' })).status).toBe(400);
    const res = await office.post(`/api/assignments/${id}/cancel`, {
      reason: 'Đã lồng ghép vào nhiệm vụ 1.',
    });
    expect(res.status).toBe(200);
    const a = await json(res);
    expect(a.state).toBe('cancelled');
    expect(a.timeline.at(-1)).toMatchObject({ kind: 'cancel', reason: 'Đã lồng ghép vào nhiệm vụ 1.' });
    expect(a.abilities).not.toContain('assignment.remind');
    expect((await office.post(`/api/assignments/${id}/reminders`, {})).status).toBe(422);
  });

  it('#9.19 an extension approved for another date than asked, a refusal with its reason, who decided and when on the timeline', async () => {
    const { office, science, task, detail } = await overdueWork(engine);
    const id = task['4']!;
    const ask = async (due: string) =>
      (
        await json(
          await science.post(`/api/assignments/${id}/extensions`, {
            requestedDue: due,
            reason: 'Thiếu nhân lực.',
          }),
        )
      ).extensionId as number;
    const first = await ask('2025-06-30');
    const refusal = await office.post(`/api/extensions/${first}/decision`, { decision: 'refuse' });
    expect(refusal.status).toBe(400);
    expect((await json(refusal)).error.message).toContain('lý do');
    expect(
      (
        await office.post(`/api/extensions/${first}/decision`, {
          decision: 'refuse',
          note: 'Chưa đủ căn cứ.',
        })
      ).status,
    ).toBe(200);
    const second = await ask('2025-08-31');
    expect(
      (
        await office.post(`/api/extensions/${second}/decision`, {
          decision: 'approve',
          approvedDue: '2025-07-15',
          note: 'Gia hạn đến giữa tháng 7.',
        })
      ).status,
    ).toBe(200);
    const a = await detail(id, science);
    expect(a).toMatchObject({ dueDate: '2025-07-15', originalDueDate: '2025-03-31' });
    const [refused, approved] = a.timeline.filter((e: Json) => e.kind === 'extension');
    expect(refused).toMatchObject({ state: 'refused', note: 'Chưa đủ căn cứ.', decidedBy: 'vanphong' });
    expect(refused.decidedAt).toBeTruthy();
    expect(approved).toMatchObject({
      state: 'approved',
      requestedDue: '2025-08-31',
      approvedDue: '2025-07-15',
      decidedBy: 'vanphong',
    });
  });

  it('#9.19 the office forwards an extension to the leaders; then only a leader decides it', async () => {
    const { office, otherOffice, leader, science, task, detail } = await overdueWork(engine);
    const id = task['4']!;
    const { extensionId } = await json(
      await science.post(`/api/assignments/${id}/extensions`, {
        requestedDue: '2025-09-30',
        reason: 'Chờ vốn.',
      }),
    );
    expect((await science.post(`/api/extensions/${extensionId}/forward`, {})).status).toBe(403);
    expect((await otherOffice.post(`/api/extensions/${extensionId}/forward`, {})).status).toBe(403);
    expect(
      (await office.post(`/api/extensions/${extensionId}/forward`, { note: 'Kính trình lãnh đạo.' })).status,
    ).toBe(200);
    const queue = await json(await leader.get('/api/extensions'));
    expect(queue.items.find((e: Json) => e.id === extensionId)).toMatchObject({
      forwardedBy: 'vanphong',
      abilities: ['extension.decide'],
    });
    const officeQueue = await json(await office.get('/api/extensions'));
    expect(officeQueue.items.find((e: Json) => e.id === extensionId).abilities).toEqual([]);
    expect(
      (await office.post(`/api/extensions/${extensionId}/decision`, { decision: 'approve' })).status,
    ).toBe(403);
    expect(
      (await leader.post(`/api/extensions/${extensionId}/decision`, { decision: 'approve' })).status,
    ).toBe(200);
    const ext = (await detail(id)).timeline.filter((e: Json) => e.kind === 'extension').at(-1);
    expect(ext).toMatchObject({ state: 'approved', decidedBy: 'lanhdao', forwardedBy: 'vanphong' });
  });

  it('#9.20 an obstacle is answered, forwarded to the leaders and resolved; the open list keeps it until then', async () => {
    const { office, leader, science, task, detail, audit } = await overdueWork(engine);
    const id = task['2']!;
    const report = await science.post(`/api/assignments/${id}/reports`, {
      percent: 30,
      narrative: 'Đang triển khai.',
      obstacles: 'Chưa được bố trí kinh phí.',
    });
    expect(report.status).toBe(201);
    const { reportId } = await json(report);
    const open = async (c: Client) =>
      (await json(await c.get('/api/obstacles'))).items.find((o: Json) => o.id === reportId);
    expect(await open(office)).toMatchObject({
      state: 'open',
      abilities: ['obstacle.answer', 'obstacle.forward', 'obstacle.resolve'],
    });
    expect((await open(science)).abilities).toEqual([]);
    expect((await science.post(`/api/obstacles/${reportId}/resolve`, {})).status).toBe(403);
    expect((await office.post(`/api/obstacles/${reportId}/answer`, { message: '' })).status).toBe(400);
    expect(
      (await office.post(`/api/obstacles/${reportId}/answer`, { message: 'Đã đề nghị Sở Tài chính.' }))
        .status,
    ).toBe(200);
    expect((await office.post(`/api/obstacles/${reportId}/forward`, { message: 'Kính trình.' })).status).toBe(
      200,
    );
    expect(await open(leader)).toMatchObject({
      state: 'forwarded',
      actions: [{ action: 'answer', by: 'vanphong' }, { action: 'forward' }],
    });
    expect((await office.post(`/api/obstacles/${reportId}/forward`, {})).status).toBe(422);
    expect(
      (await leader.post(`/api/obstacles/${reportId}/resolve`, { message: 'Đã bố trí kinh phí.' })).status,
    ).toBe(200);
    expect(await open(office)).toBeUndefined();
    const timeline = (await detail(id, science)).timeline as Json[];
    expect(timeline.filter((e) => e.kind === 'obstacle').map((e) => e.action)).toEqual([
      'answer',
      'forward',
      'resolve',
    ]);
    expect(timeline.find((e) => e.reportId === reportId && e.kind === 'report')?.obstacleState).toBe(
      'resolved',
    );
    expect((await audit('obstacle', reportId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['obstacle.answer', 'obstacle.forward', 'obstacle.resolve']),
    );
  });

  it('#9.18 #9.19 #9.20 the new routes are in the OpenAPI document, with their bodies', async () => {
    const world = await newWorld(engine);
    const doc = await json(await world.app.request('/api/openapi.json'));
    for (const path of [
      '/api/assignments/{id}/reminders',
      '/api/assignments/{id}/comments',
      '/api/assignments/{id}/deadline',
      '/api/extensions/{id}/forward',
      '/api/obstacles/{id}/answer',
      '/api/obstacles/{id}/forward',
      '/api/obstacles/{id}/resolve',
    ]) {
      expect(doc.paths[path]?.post?.requestBody, path).toBeDefined();
    }
    const decision =
      doc.paths['/api/extensions/{id}/decision'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(decision.properties)).toContain('approvedDue');
  });
});
