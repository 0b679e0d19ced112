import {
  type AnnouncedDay,
  type IsoDate,
  type ReminderSettings,
  reminderSettings,
  type WorkingCalendar,
  workingCalendar,
} from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';

/**
 * What the admin configures for đôn đốc: the year's announced days off and make-up working days,
 * the reminder rules' numbers, and which users head their unit. Routes call these after checking
 * input; each checks the ability again (the admin's `directory.manage`).
 */

function requireAdmin(ctx: Ctx): void {
  authorize(ctx.actor, 'directory.manage', undefined, {
    forbidden: 'Chỉ quản trị viên được thay đổi cấu hình nhắc việc.',
  });
}

export async function listCalendarDays(db: Db, year?: number): Promise<AnnouncedDay[]> {
  let q = db.selectFrom('calendar_days').select(['date', 'kind', 'note']).orderBy('date');
  if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return (await q.execute()).map((r) => ({ date: r.date, kind: r.kind, note: r.note }));
}

/** The working-day calendar with the announced days stored by the admin. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  return workingCalendar(await listCalendarDays(db));
}

/** Adds or changes an announced day (off, or a make-up working day). */
export async function setCalendarDay(ctx: Ctx, day: AnnouncedDay): Promise<void> {
  requireAdmin(ctx);
  await transaction(ctx.db, async (db) => {
    await db
      .insertInto('calendar_days')
      .values({
        date: day.date,
        kind: day.kind,
        note: day.note ?? '',
        updated_by: ctx.actor.userId,
        updated_at: ctx.now(),
      })
      .onConflict((oc) =>
        oc.column('date').doUpdateSet({
          kind: day.kind,
          note: day.note ?? '',
          updated_by: ctx.actor.userId,
          updated_at: ctx.now(),
        }),
      )
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'calendar.set_day',
      entity: 'calendar_day',
      entityId: day.date,
      after: { ...day },
    });
  });
}

export async function removeCalendarDay(ctx: Ctx, date: IsoDate): Promise<boolean> {
  requireAdmin(ctx);
  return transaction(ctx.db, async (db) => {
    const removed = await db
      .deleteFrom('calendar_days')
      .where('date', '=', date)
      .returning('date')
      .executeTakeFirst();
    if (removed)
      await recordAudit(db, {
        actorId: ctx.actor.userId,
        action: 'calendar.remove_day',
        entity: 'calendar_day',
        entityId: date,
      });
    return removed !== undefined;
  });
}

const SETTINGS_KEY = 'reminders';

/** The reminder rules in force: the defaults, overridden by what the admin saved. */
export async function getReminderSettings(db: Db): Promise<ReminderSettings> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SETTINGS_KEY)
    .executeTakeFirst();
  return reminderSettings(row?.value);
}

export async function saveReminderSettings(
  ctx: Ctx,
  input: Partial<ReminderSettings>,
): Promise<ReminderSettings> {
  requireAdmin(ctx);
  return transaction(ctx.db, async (db) => {
    const before = await getReminderSettings(db);
    const after = reminderSettings({ ...before, ...input });
    const value = JSON.stringify(after);
    await db
      .insertInto('settings')
      .values({ key: SETTINGS_KEY, value, updated_by: ctx.actor.userId, updated_at: ctx.now() })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value, updated_by: ctx.actor.userId, updated_at: ctx.now() }),
      )
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'settings.reminders',
      entity: 'settings',
      entityId: SETTINGS_KEY,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}

/** Flags a user as the head (thủ trưởng) of their unit, or clears the flag. */
export async function setUnitHead(ctx: Ctx, userId: number, isHead: boolean): Promise<void> {
  requireAdmin(ctx);
  await transaction(ctx.db, async (db) => {
    const user = await db
      .selectFrom('users')
      .select(['id', 'unit_id', 'is_unit_head'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('not_found', 'Không tìm thấy người dùng.');
    if (isHead && user.unit_id === null)
      throw new AppError('refused', 'Người dùng chưa thuộc đơn vị nào nên không thể là thủ trưởng.');
    await db.updateTable('users').set({ is_unit_head: isHead }).where('id', '=', userId).execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'user.unit_head',
      entity: 'user',
      entityId: userId,
      before: { isUnitHead: user.is_unit_head },
      after: { isUnitHead: isHead },
    });
  });
}

/** Sets the address a user's mail goes to (null: none); the admin for anyone, a person for themself. */
export async function setUserEmail(ctx: Ctx, userId: number, email: string | null): Promise<void> {
  if (userId !== ctx.actor.userId) requireAdmin(ctx);
  const value = email?.trim().toLowerCase() || null;
  if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw new AppError('validation_failed', 'Địa chỉ thư điện tử không hợp lệ.');
  await transaction(ctx.db, async (db) => {
    const user = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('not_found', 'Không tìm thấy người dùng.');
    await db.updateTable('users').set({ email: value }).where('id', '=', userId).execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'user.email',
      entity: 'user',
      entityId: userId,
      before: { email: user.email },
      after: { email: value },
    });
  });
}

/** The heads of a unit, for the admin screen. */
export function listUnitHeads(db: Db, unitId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('unit_id', '=', unitId)
    .where('is_unit_head', '=', true)
    .where('disabled', '=', false)
    .orderBy('display_name')
    .execute();
}
