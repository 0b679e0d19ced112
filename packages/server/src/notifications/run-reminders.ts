import {
  dueNotices,
  type Notice,
  type ReminderFacts,
  type ReminderSettings,
  type Rhythm,
  vnDate,
  type WorkingCalendar,
} from '@dondoc/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { enqueueMany, type NewJob } from '../jobs/queue';
import { getReminderSettings, loadCalendar } from './admin-settings';
import { noticeText } from './messages';

const BATCH = 5000;
/** Rows per insert (nine array parameters each). */
const INSERT_CHUNK = 20_000;

export interface NotifyOptions {
  /** The public base URL links point to (APP_URL). */
  appUrl: string;
  /** The channels configured besides in-app, and how each delivers. */
  channels: { name: string; mode: 'digest' | 'immediate' }[];
}

export function assignmentLink(appUrl: string, assignmentId: number): string {
  return `${appUrl.replace(/\/+$/, '')}/nhiem-vu/${assignmentId}`;
}

/** Who is reached for whom: loaded once per run, so a batch resolves its recipients in memory. */
interface People {
  officersByUnit: Map<number, number[]>;
  headsByUnit: Map<number, number[]>;
  officeByUnit: Map<number, number[]>;
  allOffice: number[];
}

async function loadPeople(db: Db): Promise<People> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'role', 'unit_id', 'is_unit_head'])
    .where('disabled', '=', false)
    .execute();
  const push = (map: Map<number, number[]>, key: number, id: number) =>
    map.set(key, [...(map.get(key) ?? []), id]);
  const people: People = {
    officersByUnit: new Map(),
    headsByUnit: new Map(),
    officeByUnit: new Map(),
    allOffice: [],
  };
  for (const u of users) {
    if (u.unit_id !== null && u.role === 'officer') push(people.officersByUnit, u.unit_id, u.id);
    if (u.unit_id !== null && u.is_unit_head) push(people.headsByUnit, u.unit_id, u.id);
    if (u.role === 'standing_office') {
      people.allOffice.push(u.id);
      if (u.unit_id !== null) push(people.officeByUnit, u.unit_id, u.id);
    }
  }
  return people;
}

interface Row {
  id: number;
  unitId: number;
  standingUnitId: number | null;
  followLeaderId: number | null;
}

function recipients(notice: Notice, row: Row, people: People): number[] {
  switch (notice.audience) {
    case 'unit': {
      const officers = people.officersByUnit.get(row.unitId) ?? [];
      return officers.length ? officers : (people.headsByUnit.get(row.unitId) ?? []);
    }
    case 'unit_head':
      return people.headsByUnit.get(row.unitId) ?? [];
    case 'office': {
      const office =
        row.standingUnitId === null ? people.allOffice : (people.officeByUnit.get(row.standingUnitId) ?? []);
      const leader = notice.kind === 'escalation_office' && row.followLeaderId ? [row.followLeaderId] : [];
      return [...new Set([...office, ...leader])];
    }
  }
}

/**
 * The delivery jobs a run needs: for each channel, one job per person who has something to
 * receive at once on it — every notice on an immediate channel, escalations and the office's
 * reminders on all. The job sends what is not yet marked sent on its channel, so a run that is
 * retried, or two runs for one person, send each notification once; the key names the person
 * and the run (`source`), so a retried run queues nothing new.
 */
export function deliveryJobs(recipients: Map<string, Set<number>>, source: string, now: Date): NewJob[] {
  return [...recipients].flatMap(([channel, users]) =>
    [...users].map((userId) => ({
      kind: 'deliver',
      key: `deliver:${channel}:u${userId}:${source}`,
      runAt: now,
      payload: { userId, channel },
    })),
  );
}

/** Adds a notice's recipients to the channels that send it at once. */
export function collectImmediate(
  into: Map<string, Set<number>>,
  options: NotifyOptions,
  notice: { escalation: boolean; kind: string },
  userIds: number[],
): void {
  for (const c of options.channels) {
    if (!(notice.escalation || notice.kind === 'office_reminder' || c.mode === 'immediate')) continue;
    const set = into.get(c.name) ?? new Set<number>();
    into.set(c.name, set);
    for (const id of userIds) set.add(id);
  }
}

/**
 * The day's reminders: for every open assignment, the notices the rules give for `now`, made into
 * one notification per recipient (a notice's key and the person make the notification's key, so a
 * second run adds nothing), and the deliveries they need queued.
 */
export async function runReminders(
  db: Db,
  now: Date,
  options: NotifyOptions,
  loaded?: { calendar?: WorkingCalendar; settings?: ReminderSettings },
): Promise<{ assignments: number; notices: number; notifications: number }> {
  const calendar = loaded?.calendar ?? (await loadCalendar(db));
  const settings = loaded?.settings ?? (await getReminderSettings(db));
  const totals = { assignments: 0, notices: 0, notifications: 0 };
  const today = vnDate(now);
  if (!calendar.isWorkingDay(today)) return totals;
  const immediate = new Map<string, Set<number>>();
  // a due date on or after the working day past the furthest reminder gives no notice today
  const horizon = calendar.addWorkingDays(today, Math.max(0, ...settings.beforeDue) + 1);
  const people = await loadPeople(db);
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .innerJoin('directives as d', 'd.id', 'a.directive_id')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select([
        'a.id',
        'a.state',
        'a.due_date',
        'a.assigned_at',
        'a.claimed_at',
        'a.unit_id',
        't.every',
        't.due_type',
        't.text',
        'u.name as unit_name',
        'd.kind as directive_kind',
        'd.number as directive_number',
        'd.standing_unit_id',
        'd.follow_leader_id',
      ])
      .where('a.state', 'not in', ['done', 'cancelled'])
      .where('d.status', '=', 'published')
      // only what the rules can speak about today: due by the horizon, reporting, claimed, waiting
      .where((eb) =>
        eb.or([
          eb('a.due_date', '<', horizon),
          eb('t.every', 'is not', null),
          eb('t.due_type', '=', 'ongoing'),
          eb('a.state', '=', 'claimed'),
          eb.exists(
            eb
              .selectFrom('extensions as e')
              .select('e.id')
              .whereRef('e.assignment_id', '=', 'a.id')
              .where('e.state', '=', 'pending'),
          ),
        ]),
      )
      .where('a.id', '>', after)
      .orderBy('a.id')
      .limit(BATCH)
      .execute();
    if (!rows.length) {
      const jobs = deliveryJobs(immediate, `reminders:${today}`, now);
      for (let j = 0; j < jobs.length; j += INSERT_CHUNK)
        await enqueueMany(db, jobs.slice(j, j + INSERT_CHUNK));
      return totals;
    }
    after = rows.at(-1)!.id;
    totals.assignments += rows.length;
    const ids = rows.map((r) => r.id);
    const rhythmOf = (r: (typeof rows)[number]): Rhythm | null =>
      r.every ?? (r.due_type === 'ongoing' ? 'quarter' : null);
    const rhythmic = rows.filter((r) => rhythmOf(r)).map((r) => r.id);
    const since = new Date(now.getTime() - 400 * 86_400_000);
    const [reports, extensions] = await Promise.all([
      rhythmic.length
        ? db
            .selectFrom('progress_reports')
            .select(['assignment_id', 'created_at'])
            .where(sql<boolean>`assignment_id = any (${rhythmic}::int[])`)
            .where('created_at', '>=', since)
            .execute()
        : [],
      db
        .selectFrom('extensions')
        .select(['id', 'assignment_id', 'created_at'])
        .where(sql<boolean>`assignment_id = any (${ids}::int[])`)
        .where('state', '=', 'pending')
        .where('forwarded_at', 'is', null)
        .execute(),
    ]);
    const reportsOf = new Map<number, Date[]>();
    for (const r of reports) {
      const list = reportsOf.get(r.assignment_id);
      if (list) list.push(r.created_at);
      else reportsOf.set(r.assignment_id, [r.created_at]);
    }
    const extensionOf = new Map(
      extensions.map((e) => [e.assignment_id, { id: e.id, requestedAt: e.created_at }]),
    );

    const values = rows.flatMap((r) => {
      const facts: ReminderFacts = {
        assignmentId: r.id,
        state: r.state,
        dueDate: r.due_date,
        every: rhythmOf(r),
        assignedAt: r.assigned_at,
        claimedAt: r.claimed_at,
        reportedAt: reportsOf.get(r.id) ?? [],
        pendingExtension: extensionOf.get(r.id) ?? null,
      };
      const notices = dueNotices(facts, calendar, settings, now);
      totals.notices += notices.length;
      const row: Row = {
        id: r.id,
        unitId: r.unit_id,
        standingUnitId: r.standing_unit_id,
        followLeaderId: r.follow_leader_id,
      };
      const subject = {
        taskText: r.text,
        unitName: r.unit_name,
        directiveLabel: [r.directive_kind, r.directive_number].filter(Boolean).join(' số '),
      };
      return notices.flatMap((notice) => {
        const text = noticeText(notice, subject);
        const userIds = recipients(notice, row, people);
        collectImmediate(immediate, options, notice, userIds);
        return userIds.map((userId) => ({
          user_id: userId,
          key: `${notice.key}:u${userId}`,
          kind: notice.kind,
          topic: notice.topic,
          escalation: notice.escalation,
          assignment_id: r.id,
          title: text.title,
          body: text.body,
          link: assignmentLink(options.appUrl, r.id),
        }));
      });
    });
    for (let i = 0; i < values.length; i += INSERT_CHUNK)
      totals.notifications += await insertNotifications(db, values.slice(i, i + INSERT_CHUNK), now);
  }
}

interface NewNotification {
  user_id: number;
  key: string;
  kind: string;
  topic: string;
  escalation: boolean;
  assignment_id: number;
  title: string;
  body: string;
  link: string;
}

/**
 * Inserts notifications a column at a time (one array parameter per column, unnested), which
 * costs the engines far less than a parameter per value; keys already there are skipped.
 */
async function insertNotifications(db: Db, rows: NewNotification[], now: Date): Promise<number> {
  const col = <K extends keyof NewNotification>(k: K) => rows.map((r) => r[k]);
  const result = await sql`
    insert into notifications (user_id, key, kind, topic, escalation, assignment_id, title, body, link, created_at)
    select u, k, kd, tp, e, a, ti, b, l, ${now}::timestamptz
    from unnest(${col('user_id')}::int[], ${col('key')}::text[], ${col('kind')}::text[], ${col('topic')}::text[],
      ${col('escalation')}::bool[], ${col('assignment_id')}::int[], ${col('title')}::text[], ${col('body')}::text[],
      ${col('link')}::text[]) as t(u, k, kd, tp, e, a, ti, b, l)
    on conflict (key) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
