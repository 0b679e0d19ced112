import type { Ctx } from '../context';
import type { Db } from '../db/database';
import type { NotificationChannel, NotificationTopic } from '../db/schema';

/**
 * The in-app side of notifications: a person's list (newest first), the unread count behind the
 * bell, marking read; and what each person chose to receive on the other channels.
 */

export interface NotificationItem {
  id: number;
  kind: string;
  topic: NotificationTopic;
  escalation: boolean;
  assignmentId: number | null;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The actor's notifications, newest first; `before` (an id) pages on. */
export async function listNotifications(
  ctx: Ctx,
  options: { limit?: number; before?: number; unreadOnly?: boolean } = {},
): Promise<NotificationItem[]> {
  let q = ctx.db
    .selectFrom('notifications')
    .select([
      'id',
      'kind',
      'topic',
      'escalation',
      'assignment_id',
      'title',
      'body',
      'link',
      'created_at',
      'read_at',
    ])
    .where('user_id', '=', ctx.actor.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 200));
  if (options.before) q = q.where('id', '<', options.before);
  if (options.unreadOnly) q = q.where('read_at', 'is', null);
  return (await q.execute()).map((r) => ({
    id: r.id,
    kind: r.kind,
    topic: r.topic,
    escalation: r.escalation,
    assignmentId: r.assignment_id,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

export async function unreadCount(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', ctx.actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the actor's notifications read (the given ones, or all); how many changed. */
export async function markNotificationsRead(ctx: Ctx, ids: number[] | 'all'): Promise<number> {
  if (ids !== 'all' && !ids.length) return 0;
  let q = ctx.db
    .updateTable('notifications')
    .set({ read_at: ctx.now() })
    .where('user_id', '=', ctx.actor.userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', ids);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function markNotificationUnread(ctx: Ctx, id: number): Promise<boolean> {
  const result = await ctx.db
    .updateTable('notifications')
    .set({ read_at: null })
    .where('user_id', '=', ctx.actor.userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const CHANNELS: NotificationChannel[] = ['email', 'webhook'];
export const TOPICS: NotificationTopic[] = ['overdue', 'due_soon', 'awaiting', 'report', 'reminder'];

export type Preferences = Record<NotificationChannel, Record<NotificationTopic, boolean>>;

/** What a person receives on each channel (everything unless they turned it off); escalations always. */
export async function getPreferences(db: Db, userId: number): Promise<Preferences> {
  const rows = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .execute();
  const prefs = Object.fromEntries(
    CHANNELS.map((c) => [c, Object.fromEntries(TOPICS.map((t) => [t, true]))]),
  ) as Preferences;
  for (const r of rows) prefs[r.channel][r.topic] = r.enabled;
  return prefs;
}

/** Saves the actor's own choices; escalations are not a choice. */
export async function savePreferences(
  ctx: Ctx,
  prefs: Partial<Record<NotificationChannel, Partial<Record<NotificationTopic, boolean>>>>,
): Promise<Preferences> {
  const rows = CHANNELS.flatMap((channel) =>
    TOPICS.filter((topic) => typeof prefs[channel]?.[topic] === 'boolean').map((topic) => ({
      user_id: ctx.actor.userId,
      channel,
      topic,
      enabled: prefs[channel]![topic]!,
    })),
  );
  if (rows.length)
    await ctx.db
      .insertInto('notification_preferences')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['user_id', 'channel', 'topic'])
          .doUpdateSet((eb) => ({ enabled: eb.ref('excluded.enabled') })),
      )
      .execute();
  return getPreferences(ctx.db, ctx.actor.userId);
}

/** What the account page shows: the actor's mail address and choices per channel. */
export async function readOwnNotificationSettings(
  ctx: Ctx,
): Promise<{ email: string | null; preferences: Preferences }> {
  const user = await ctx.db
    .selectFrom('users')
    .select('email')
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  return { email: user.email, preferences: await getPreferences(ctx.db, ctx.actor.userId) };
}
