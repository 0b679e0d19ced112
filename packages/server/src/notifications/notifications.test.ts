import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { type ReceivedMail, startMailSink } from '../../test/mail-sink';
import type { Ctx } from '../context';
import { type Database, openDatabase } from '../db/database';
import { jobHandlers } from '../jobs/handlers';
import { claimJobs, runDueJobs } from '../jobs/queue';
import { enqueueScheduled } from '../jobs/scheduler';
import { createLogger } from '../logger';
import { saveReminderSettings, setCalendarDay, setUnitHead, setUserEmail } from './admin-settings';
import { type Channel, signWebhook, webhookChannel } from './channels';
import { deliveryHandlers } from './deliver';
import { emailChannel } from './email-channel';
import { listNotifications, markNotificationsRead, savePreferences, unreadCount } from './notifications';

const APP = 'https://dondoc.maison.gov.vn';
const logger = createLogger('silent');

/** A small province: the office that follows the directive, a department, its people, one task. */
async function seed(database: Database) {
  const db = database.db;
  const unit = (name: string, kind: 'province' | 'department', parent: number | null) =>
    db
      .insertInto('units')
      .values({
        name,
        kind,
        parent_id: parent,
        slug: name.toLowerCase().replace(/\W+/g, '-'),
        search_text: name,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  const province = await unit('UBND tinh', 'province', null);
  const office = await unit('Van phong UBND', 'department', province);
  const finance = await unit('So Tai chinh', 'department', province);
  const user = (
    username: string,
    role: 'admin' | 'leader' | 'standing_office' | 'officer' | 'viewer',
    unitId: number | null,
    name: string,
  ) =>
    db
      .insertInto('users')
      .values({
        username,
        role,
        unit_id: unitId,
        display_name: name,
        password_hash: 'x',
        email: `${username}@maison.gov.vn`,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  const ids = {
    admin: await user('admin', 'admin', null, 'Quản trị'),
    office: await user('vanphong', 'standing_office', office, 'Lê Văn Phòng'),
    leader: await user('lanhdao', 'leader', null, 'Nguyễn Lãnh Đạo'),
    officer: await user('canbo.tc', 'officer', finance, 'Trần Thị Cán Bộ'),
    head: await user('giamdoc.tc', 'viewer', finance, 'Phạm Giám Đốc'),
  };
  const directive = await db
    .insertInto('directives')
    .values({
      kind: 'Công văn',
      number: '15/UBND-KT',
      status: 'published',
      standing_unit_id: office,
      follow_leader_id: ids.leader,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const task = await db
    .insertInto('tasks')
    .values({
      directive_id: directive.id,
      position: 1,
      text: 'Báo cáo tình hình giải ngân vốn đầu tư công',
      due_type: 'date',
      due_date: '2026-05-08',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assignment = await db
    .insertInto('assignments')
    .values({
      task_id: task.id,
      directive_id: directive.id,
      unit_id: finance,
      role: 'lead',
      state: 'in_progress',
      due_date: '2026-05-08',
      original_due_date: '2026-05-08',
      assigned_at: new Date('2026-04-01T02:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...ids, finance, assignment: assignment.id };
}

const adminCtx = (database: Database, userId: number, now: Date): Ctx => ({
  db: database.db,
  actor: { userId, role: 'admin', unitScope: new Set(), unitId: null },
  now: () => now,
  files: undefined as never,
  dueSoonDays: 7,
});

const actorCtx = (database: Database, userId: number, unitId: number): Ctx => ({
  ...adminCtx(database, userId, new Date('2026-05-20T03:00:00Z')),
  actor: { userId, role: 'officer', unitScope: new Set([unitId]), unitId },
});

/** 07:00 and 08:00 in Vietnam on each day from `from` to `to`. */
function ticks(from: string, to: string): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t), new Date(t + 3_600_000));
  return out;
}

const summary = (mails: ReceivedMail[]) => mails.map((m) => `${m.to.join(',')} | ${m.subject}`);

describe.each(testEngines())('reminders, notifications and delivery on %s', (engine) => {
  let database: Database & { url?: string };
  let second: Database | null;
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let hooks: { body: string; signature: string; timestamp: string }[];
  let hookServer: Server;
  let world: Awaited<ReturnType<typeof seed>>;
  let channels: (Channel & { close?(): void })[];
  const SECRET = 'webhook-secret-0123456789';

  beforeAll(async () => {
    database = await freshDatabase(engine);
    // on PostgreSQL a second instance with its own pool works the same queue
    second = database.url ? await openDatabase({ engine: 'postgres', url: database.url }) : null;
    sink = await startMailSink();
    hooks = [];
    hookServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        hooks.push({
          body,
          signature: String(req.headers['x-dondoc-signature']),
          timestamp: String(req.headers['x-dondoc-timestamp']),
        });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`;
    channels = [emailChannel(sink.url, 'dondoc <nhacviec@maison.gov.vn>'), webhookChannel(hookUrl, SECRET)];
    world = await seed(database);
  });
  afterAll(async () => {
    for (const c of channels ?? []) c.close?.();
    await second?.close();
    await database?.close();
    await sink?.close();
    hookServer?.close();
  });

  const handlersFor = (db: Database) =>
    jobHandlers(
      { db: db.db, logger, dueSoonDays: 7 },
      deliveryHandlers({ db: db.db, channels, appUrl: APP }),
    );

  /** Every instance schedules the slot and works the queue, as each server's timer would. */
  async function tick(now: Date) {
    const instances = [database, ...(second ? [second] : [])];
    await Promise.all(instances.map((d) => enqueueScheduled(d.db, now)));
    const results = await Promise.all(
      instances.map((d, i) => runDueJobs(d.db, handlersFor(d), now, { worker: `w${i}` })),
    );
    for (const r of results) expect(r.failed).toBe(0);
  }

  it('lets the admin flag the unit head and keep the default rules', async () => {
    await setUnitHead(adminCtx(database, world.admin, new Date()), world.head, true);
    const saved = await saveReminderSettings(adminCtx(database, world.admin, new Date()), {
      beforeDue: [7, 3, 1],
    });
    expect(saved.escalateToHeadAfter).toBe(3);
    await expect(saveReminderSettings(actorCtx(database, world.officer, world.finance), {})).rejects.toThrow(
      'Chỉ quản trị viên',
    );
    // a person sets their own address; only the admin sets someone else's
    const officer = actorCtx(database, world.officer, world.finance);
    await setUserEmail(officer, world.officer, ' CanBo.TC@maison.gov.vn ');
    await expect(setUserEmail(officer, world.head, 'x@maison.gov.vn')).rejects.toThrow('Chỉ quản trị viên');
    await expect(setUserEmail(officer, world.officer, 'không-phải-thư')).rejects.toThrow('không hợp lệ');
  });

  it('sends a month of reminders once each: digests to the unit, escalations at once to the head, the office and the leader', async () => {
    const all = ticks('2026-04-20', '2026-05-20');
    const half = all.findIndex((t) => t.toISOString().startsWith('2026-05-07'));
    for (const t of all.slice(0, half)) await tick(t);
    // a worker dies holding the day's reminders job; another takes it up when its lease has ended,
    // in time for the day's digest
    await enqueueScheduled(database.db, all[half]!);
    await claimJobs(database.db, 'dead-worker', all[half]!, 100);
    for (const t of all.slice(half)) await tick(t);
    // and running the whole month again sends nothing more
    const before = sink.mails.length;
    for (const t of all) await tick(t);
    expect(sink.mails.length).toBe(before);

    const officer = 'canbo.tc@maison.gov.vn';
    const digests = sink.mails.filter((m) => m.to[0] === officer).map((m) => m.subject);
    expect(digests).toEqual([
      'Nhắc việc ngày 24/04/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 05/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 07/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 08/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 11/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 12/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 13/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 14/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 15/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 18/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 19/05/2026: 1 việc cần đôn đốc',
      'Nhắc việc ngày 20/05/2026: 1 việc cần đôn đốc',
    ]);
    const first = sink.mails.find((m) => m.to[0] === officer)!;
    expect(first.text).toContain('Kính gửi Trần Thị Cán Bộ,');
    expect(first.text).toContain('SẮP ĐẾN HẠN (1)');
    expect(first.text).toContain(
      '- Còn 7 ngày làm việc đến hạn (08/05/2026): Báo cáo tình hình giải ngân vốn đầu tư công',
    );
    expect(first.text).toContain(`  ${APP}/nhiem-vu/${world.assignment}`);
    const late = sink.mails.find((m) => m.subject.includes('18/05/2026'))!;
    expect(late.text).toContain('QUÁ HẠN (1)');
    expect(late.text).toContain('- Quá hạn 6 ngày làm việc: Báo cáo tình hình giải ngân vốn đầu tư công');

    const others = summary(sink.mails.filter((m) => m.to[0] !== officer));
    expect(others).toEqual([
      'giamdoc.tc@maison.gov.vn | Cảnh báo: Báo cáo thủ trưởng: nhiệm vụ quá hạn 3 ngày làm việc: Báo cáo tình hình giải ngân vốn đầu tư công',
      expect.stringMatching(
        /^(vanphong|lanhdao)@maison\.gov\.vn \| Cảnh báo: Nhiệm vụ quá hạn 7 ngày làm việc: So Tai chinh: /,
      ),
      expect.stringMatching(
        /^(vanphong|lanhdao)@maison\.gov\.vn \| Cảnh báo: Nhiệm vụ quá hạn 7 ngày làm việc: So Tai chinh: /,
      ),
    ]);
    expect(new Set(others.slice(1).map((s) => s.split(' ')[0]))).toEqual(
      new Set(['vanphong@maison.gov.vn', 'lanhdao@maison.gov.vn']),
    );

    // the webhook got every notification once, signed
    const notifications = await database.db.selectFrom('notifications').select(['id', 'key']).execute();
    expect(notifications).toHaveLength(12 + 3);
    expect(hooks.map((h) => JSON.parse(h.body).id).sort((a, b) => a - b)).toEqual(
      notifications.map((n) => n.id).sort((a, b) => a - b),
    );
    for (const h of hooks) expect(h.signature).toBe(signWebhook(SECRET, h.timestamp, h.body));
  });

  it('lists a person’s notifications newest first, counts and marks them read', async () => {
    const ctx = actorCtx(database, world.officer, world.finance);
    const list = await listNotifications(ctx);
    expect(list).toHaveLength(12);
    expect(list[0]!.title).toBe('Quá hạn 8 ngày làm việc: Báo cáo tình hình giải ngân vốn đầu tư công');
    expect(list.at(-1)!.title).toMatch(/^Còn 7 ngày làm việc/);
    expect(await unreadCount(ctx)).toBe(12);
    expect(await markNotificationsRead(ctx, [list[0]!.id])).toBe(1);
    expect(await unreadCount(ctx)).toBe(11);
    // someone else's notification is not theirs to mark
    const head = await listNotifications(actorCtx(database, world.head, world.finance));
    expect(await markNotificationsRead(ctx, [head[0]!.id])).toBe(0);
    expect(await markNotificationsRead(ctx, 'all')).toBe(11);
    expect(await unreadCount(ctx)).toBe(0);
  });

  it('follows a person’s choices per channel, except for escalations', async () => {
    const ctx = actorCtx(database, world.officer, world.finance);
    await savePreferences(ctx, { email: { overdue: false } });
    const before = sink.mails.length;
    await tick(new Date('2026-05-21T00:00:00Z'));
    await tick(new Date('2026-05-21T01:00:00Z'));
    expect(sink.mails.length).toBe(before);
    expect(await unreadCount(ctx)).toBe(1); // still in the app
  });

  it('sends the office’s own reminder at once, and an announced day off stops the rules', async () => {
    const now = new Date('2026-05-22T03:00:00Z');
    await setCalendarDay(adminCtx(database, world.admin, now), {
      date: '2026-05-22',
      kind: 'off',
      note: 'Nghỉ bù',
    });
    const reminder = await database.db
      .insertInto('reminders')
      .values({
        assignment_id: world.assignment,
        created_by: world.office,
        message: 'Đề nghị báo cáo trước 16 giờ.',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = sink.mails.length;
    const notificationsBefore = await database.db.selectFrom('notifications').select('id').execute();
    await tick(new Date('2026-05-22T00:00:00Z'));
    await tick(now);
    const sent = sink.mails.slice(before);
    expect(summary(sent).sort()).toEqual([
      'canbo.tc@maison.gov.vn | Văn phòng nhắc việc: Báo cáo tình hình giải ngân vốn đầu tư công',
      'giamdoc.tc@maison.gov.vn | Văn phòng nhắc việc: Báo cáo tình hình giải ngân vốn đầu tư công',
    ]);
    expect(sent[0]!.text).toContain('Đề nghị báo cáo trước 16 giờ.');
    // no rule ran on the day off: the only new notifications are the office's reminder, to the unit
    const added = await database.db
      .selectFrom('notifications')
      .select(['kind', 'user_id'])
      .where(
        'id',
        'not in',
        notificationsBefore.map((n) => n.id),
      )
      .orderBy('user_id')
      .execute();
    expect(added).toEqual([
      { kind: 'office_reminder', user_id: world.officer },
      { kind: 'office_reminder', user_id: world.head },
    ]);
    const row = await database.db
      .selectFrom('reminders')
      .selectAll()
      .where('id', '=', reminder.id)
      .executeTakeFirstOrThrow();
    expect(row.sent_at).not.toBeNull();
    expect(row.channel).toBe('in_app,email,webhook');
  });

  it('sends a backlog of escalations to each person as one mail', async () => {
    const db = database.db;
    const base = await db
      .selectFrom('assignments')
      .select(['task_id', 'directive_id'])
      .where('id', '=', world.assignment)
      .executeTakeFirstOrThrow();
    for (const n of [1, 2, 3]) {
      const task = await db
        .insertInto('tasks')
        .values({
          directive_id: base.directive_id,
          position: 1 + n,
          text: `Nhiệm vụ tồn đọng số ${n}`,
          due_type: 'date',
          due_date: '2026-05-04',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('assignments')
        .values({
          task_id: task.id,
          directive_id: base.directive_id,
          unit_id: world.finance,
          role: 'lead',
          state: 'assigned',
          due_date: '2026-05-04',
          assigned_at: new Date('2026-04-01T02:00:00Z'),
        })
        .execute();
    }
    const before = sink.mails.length;
    await tick(new Date('2026-06-01T00:00:00Z'));
    const urgent = summary(sink.mails.slice(before)).sort();
    expect(urgent).toEqual([
      'giamdoc.tc@maison.gov.vn | Cảnh báo: 3 nhiệm vụ cần xử lý ngay',
      'lanhdao@maison.gov.vn | Cảnh báo: 3 nhiệm vụ cần xử lý ngay',
      'vanphong@maison.gov.vn | Cảnh báo: 3 nhiệm vụ cần xử lý ngay',
    ]);
    const mail = sink.mails.slice(before).find((m) => m.to[0] === 'lanhdao@maison.gov.vn')!;
    // 19, not 20: 22/05 was announced a day off above
    expect(mail.text).toContain('- Nhiệm vụ quá hạn 19 ngày làm việc: So Tai chinh: Nhiệm vụ tồn đọng số 1');
  });
});
