import { vnDate } from '@dondoc/domain';
import type { Db } from '../db/database';
import type { NotificationChannel } from '../db/schema';
import { enqueueMany, type JobHandlers } from '../jobs/queue';
import { loadCalendar } from './admin-settings';
import type { Channel, OutgoingNotice, Recipient } from './channels';
import { getPreferences } from './notifications';
import { assignmentLink, deliveryJobs, type NotifyOptions, runReminders } from './run-reminders';

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
      const ids = (job.payload.notificationIds as number[]).map(Number);
      const channel = channelByName.get(job.payload.channel as NotificationChannel);
      if (!channel || !ids.length) return; // the channel was turned off since
      const rows = await db
        .selectFrom('notifications')
        .select(NOTICE_COLUMNS)
        .where('id', 'in', ids)
        .orderBy('id')
        .execute();
      if (!rows.length) return;
      const recipient = await recipientOf(db, rows[0]!.user_id);
      if (!recipient || !channel.reaches(recipient)) return;
      const prefs = await getPreferences(db, recipient.userId);
      const wanted = rows.filter((n) => n.escalation || prefs[channel.name][n.topic]);
      if (!wanted.length) return;
      await channel.send(recipient, wanted.map(outgoing), { day: vnDate(now), digest: false });
      if (channel.name === 'email')
        await db
          .updateTable('notifications')
          .set({ emailed_at: now })
          .where(
            'id',
            'in',
            wanted.map((n) => n.id),
          )
          .execute();
    },

    digests: async (job, now) => {
      const day = String(job.payload.day ?? vnDate(now));
      const calendar = await loadCalendar(db);
      if (!calendar.isWorkingDay(day)) return;
      const digestChannels = deps.channels.filter((c) => c.mode === 'digest');
      if (!digestChannels.length) return;
      const users = await db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select('notifications.user_id')
        .distinct()
        .where('notifications.emailed_at', 'is', null)
        .where('notifications.escalation', '=', false)
        .where('notifications.created_at', '<=', now)
        .where('users.disabled', '=', false)
        .where('users.email', 'is not', null)
        .execute();
      await enqueueMany(
        db,
        users.map((u) => ({
          kind: 'digest',
          key: `digest:${u.user_id}:${day}`,
          runAt: now,
          payload: { userId: u.user_id, day },
        })),
      );
    },

    digest: async (job, now) => {
      const userId = Number(job.payload.userId);
      const day = String(job.payload.day);
      const recipient = await recipientOf(db, userId);
      if (!recipient) return;
      const rows = await db
        .selectFrom('notifications')
        .select(NOTICE_COLUMNS)
        .where('user_id', '=', userId)
        .where('emailed_at', 'is', null)
        .where('escalation', '=', false)
        .where('created_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(500)
        .execute();
      if (!rows.length) return;
      const prefs = await getPreferences(db, userId);
      for (const channel of deps.channels.filter((c) => c.mode === 'digest' && c.reaches(recipient))) {
        const wanted = rows.filter((r) => prefs[channel.name][r.topic]);
        if (wanted.length) await channel.send(recipient, wanted.map(outgoing), { day, digest: true });
      }
      await db
        .updateTable('notifications')
        .set({ emailed_at: now })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
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
      const created = people.length
        ? await db
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
                  reminder.message ||
                  `Đề nghị ${reminder.unit_name} khẩn trương thực hiện và báo cáo tiến độ.`,
                link: assignmentLink(deps.appUrl, reminder.assignment_id),
                created_at: now,
              })),
            )
            .onConflict((oc) => oc.column('key').doNothing())
            .returning(['id', 'user_id', 'escalation', 'kind'])
            .execute()
        : [];
      await enqueueMany(db, deliveryJobs(created, notifyOptions(deps), now));
      await db
        .updateTable('reminders')
        .set({ sent_at: now, channel: ['in_app', ...deps.channels.map((c) => c.name)].join(',') })
        .where('id', '=', reminder.id)
        .execute();
    },
  };
}
