import { vnDate } from '@dondoc/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { NotificationChannel } from '../db/schema';
import { enqueueMany, type JobHandlers } from '../jobs/queue';
import { loadCalendar } from './admin-settings';
import type { Channel, OutgoingNotice, Recipient } from './channels';
import { getPreferences } from './notifications';
import {
  assignmentLink,
  collectImmediate,
  deliveryJobs,
  type NotifyOptions,
  runReminders,
} from './run-reminders';

/**
 * Delivery of notifications as jobs: `reminders` (the day's rules), `deliver` (one notification
 * on one channel, at once), `digests` (the day's fan-out, one `digest` job per person) and
 * `office-reminder` (a reminder the office wrote, made into notifications and sent at once).
 * Every job's key names its notification, person or day, so each is sent once.
 */

export interface DeliveryDeps {
  db: Db;
  channels: Channel[];
  appUrl: string;
}

function notifyOptions(deps: DeliveryDeps): NotifyOptions {
  return { appUrl: deps.appUrl, channels: deps.channels.map((c) => ({ name: c.name, mode: c.mode })) };
}

async function recipientOf(db: Db, userId: number): Promise<Recipient | null> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!u || u.disabled) return null;
  return { userId: u.id, username: u.username, displayName: u.display_name, email: u.email };
}

function outgoing(r: {
  id: number;
  kind: string;
  topic: OutgoingNotice['topic'];
  escalation: boolean;
  title: string;
  body: string;
  link: string;
  created_at: Date;
}): OutgoingNotice {
  return {
    id: r.id,
    kind: r.kind,
    topic: r.topic,
    escalation: r.escalation,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
  };
}

const NOTICE_COLUMNS = [
  'id',
  'user_id',
  'kind',
  'topic',
  'escalation',
  'title',
  'body',
  'link',
  'created_at',
] as const;

/** A person's notifications not yet sent on a channel, oldest first, a mail's worth at a time. */
function unsent(db: Db, userId: number, channel: string) {
  return db
    .selectFrom('notifications')
    .select(NOTICE_COLUMNS)
    .where('user_id', '=', userId)
    .where(sql<boolean>`not (${channel} = any (sent_on))`)
    .orderBy('id')
    .limit(500);
}

async function markSent(db: Db, rows: { id: number }[], channel: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ sent_on: sql<string[]>`array_append(sent_on, ${channel})` })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .where(sql<boolean>`not (${channel} = any (sent_on))`)
    .execute();
}

/** Unsent reminders the office recorded, queued for delivery (those written before the queue, too). */
export async function queueOfficeReminders(db: Db, now: Date): Promise<number> {
  const unsent = await db
    .selectFrom('reminders')
    .select('id')
    .where('sent_at', 'is', null)
    .limit(10_000)
    .execute();
  return enqueueMany(
    db,
    unsent.map((r) => ({
      kind: 'office-reminder',
      key: `office-reminder:${r.id}`,
      runAt: now,
      payload: { reminderId: r.id },
    })),
  );
}

export function deliveryHandlers(deps: DeliveryDeps): JobHandlers {
  const { db } = deps;
  const channelByName = new Map<NotificationChannel, Channel>(deps.channels.map((c) => [c.name, c]));
  return {
    reminders: async (_job, now) => {
      await runReminders(db, now, notifyOptions(deps));
      await queueOfficeReminders(db, now);
    },

    deliver: async (job, now) => {
      const userId = Number(job.payload.userId);
      const channel = channelByName.get(job.payload.channel as NotificationChannel);
      if (!channel) return; // the channel was turned off since
      const recipient = await recipientOf(db, userId);
      if (!recipient || !channel.reaches(recipient)) return;
      const prefs = await getPreferences(db, userId);
      for (;;) {
        let q = unsent(db, userId, channel.name);
        if (channel.mode !== 'immediate')
          q = q.where((eb) => eb.or([eb('escalation', '=', true), eb('kind', '=', 'office_reminder')]));
        const rows = await q.execute();
        if (!rows.length) return;
        const wanted = rows.filter((n) => n.escalation || prefs[channel.name][n.topic]);
        if (wanted.length)
          await channel.send(recipient, wanted.map(outgoing), { day: vnDate(now), digest: false });
        await markSent(db, rows, channel.name);
      }
    },

    digests: async (job, now) => {
      const day = String(job.payload.day ?? vnDate(now));
      const calendar = await loadCalendar(db);
      if (!calendar.isWorkingDay(day)) return;
      for (const channel of deps.channels.filter((c) => c.mode === 'digest')) {
        const users = await db
          .selectFrom('notifications')
          .innerJoin('users', 'users.id', 'notifications.user_id')
          .select('notifications.user_id')
          .distinct()
          .where(sql<boolean>`not (${channel.name} = any (notifications.sent_on))`)
          .where('notifications.created_at', '<=', now)
          .where('users.disabled', '=', false)
          .execute();
        await enqueueMany(
          db,
          users.map((u) => ({
            kind: 'digest',
            key: `digest:${channel.name}:u${u.user_id}:${day}`,
            runAt: now,
            payload: { userId: u.user_id, day, channel: channel.name },
          })),
        );
      }
    },

    digest: async (job, now) => {
      const userId = Number(job.payload.userId);
      const day = String(job.payload.day);
      const channel = channelByName.get(job.payload.channel as NotificationChannel);
      const recipient = await recipientOf(db, userId);
      if (!channel || !recipient) return;
      const prefs = await getPreferences(db, userId);
      for (;;) {
        const rows = await unsent(db, userId, channel.name)
          .where('escalation', '=', false)
          .where('kind', '<>', 'office_reminder')
          .where('created_at', '<=', now)
          .execute();
        if (!rows.length) return;
        const wanted = rows.filter((r) => prefs[channel.name][r.topic]);
        if (wanted.length && channel.reaches(recipient))
          await channel.send(recipient, wanted.map(outgoing), { day, digest: true });
        await markSent(db, rows, channel.name);
      }
    },

    'office-reminder': async (job, now) => {
      const reminderId = Number(job.payload.reminderId);
      const reminder = await db
        .selectFrom('reminders as r')
        .innerJoin('assignments as a', 'a.id', 'r.assignment_id')
        .innerJoin('tasks as t', 't.id', 'a.task_id')
        .innerJoin('units as u', 'u.id', 'a.unit_id')
        .select([
          'r.id',
          'r.message',
          'r.sent_at',
          'r.created_at',
          'a.id as assignment_id',
          'a.unit_id',
          't.text',
          'u.name as unit_name',
        ])
        .where('r.id', '=', reminderId)
        .executeTakeFirst();
      if (!reminder || reminder.sent_at) return;
      const people = await db
        .selectFrom('users')
        .select('id')
        .where('unit_id', '=', reminder.unit_id)
        .where('disabled', '=', false)
        .where((eb) => eb.or([eb('role', '=', 'officer'), eb('is_unit_head', '=', true)]))
        .execute();
      const title = `Văn phòng nhắc việc: ${reminder.text.replace(/\s+/g, ' ').trim().slice(0, 120)}`;
      if (people.length)
        await db
          .insertInto('notifications')
          .values(
            people.map((p) => ({
              user_id: p.id,
              key: `office-reminder:${reminder.id}:u${p.id}`,
              kind: 'office_reminder',
              topic: 'reminder' as const,
              escalation: false,
              assignment_id: reminder.assignment_id,
              title,
              body:
                reminder.message || `Đề nghị ${reminder.unit_name} khẩn trương thực hiện và báo cáo tiến độ.`,
              link: assignmentLink(deps.appUrl, reminder.assignment_id),
              created_at: now,
            })),
          )
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
      const immediate = new Map<string, Set<number>>();
      collectImmediate(
        immediate,
        notifyOptions(deps),
        { escalation: false, kind: 'office_reminder' },
        people.map((p) => p.id),
      );
      await enqueueMany(db, deliveryJobs(immediate, `office-reminder:${reminder.id}`, now));
      await db
        .updateTable('reminders')
        .set({ sent_at: now, channel: ['in_app', ...deps.channels.map((c) => c.name)].join(',') })
        .where('id', '=', reminder.id)
        .execute();
    },
  };
}
