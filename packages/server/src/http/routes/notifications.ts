import { Hono } from 'hono';
import { AppError } from '../../errors';
import {
  readCalendarDays,
  readReminderSettings,
  readUnitHeads,
  removeCalendarDay,
  saveReminderSettings,
  setCalendarDay,
  setUnitHead,
  setUserEmail,
} from '../../notifications/admin-settings';
import {
  listNotifications,
  markNotificationsRead,
  markNotificationUnread,
  readOwnNotificationSettings,
  savePreferences,
  unreadCount,
} from '../../notifications/notifications';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import {
  calendarDayBody,
  calendarDayParam,
  calendarQuery,
  markReadBody,
  notificationSettingsBody,
  notificationsQuery,
  reminderSettingsBody,
  unitHeadBody,
} from '../schemas/notifications';
import { doc, json, pathId, query } from '../validate';

/** A date in the path (YYYY-MM-DD); any other names no day. */
function pathDate(date: string): string {
  const parsed = calendarDayParam.safeParse({ date });
  if (!parsed.success) throw new AppError('not_found', 'Không tìm thấy ngày này.');
  return parsed.data.date;
}

// one's own notifications and choices: each person reads and changes only their own
export const notificationRoutes = new Hono<AppEnv>()
  .use('/notifications', requireUser)
  .use('/notifications/*', requireUser)
  .use('/account/notification-settings', requireUser)
  .get(
    '/notifications',
    doc('Thông báo của mình, mới nhất trước', 'notifications'),
    query(notificationsQuery),
    async (c) => c.json({ items: await listNotifications(ctxOf(c), c.req.valid('query')) }),
  )
  .get('/notifications/unread-count', doc('Số thông báo chưa đọc', 'notifications'), async (c) =>
    c.json({ count: await unreadCount(ctxOf(c)) }),
  )
  .post(
    '/notifications/read',
    doc('Đánh dấu đã đọc (các thông báo đã chọn, hoặc tất cả)', 'notifications'),
    json(markReadBody),
    async (c) => c.json({ changed: await markNotificationsRead(ctxOf(c), c.req.valid('json').ids) }),
  )
  .post('/notifications/:id/unread', doc('Đánh dấu chưa đọc', 'notifications'), async (c) => {
    if (!(await markNotificationUnread(ctxOf(c), pathId(c))))
      throw new AppError('not_found', 'Không tìm thấy thông báo.');
    return c.json({ ok: true });
  })
  .get(
    '/account/notification-settings',
    doc('Địa chỉ thư điện tử và các loại thông báo muốn nhận', 'account'),
    async (c) => c.json(await readOwnNotificationSettings(ctxOf(c))),
  )
  .put(
    '/account/notification-settings',
    doc('Đổi địa chỉ thư điện tử, chọn các loại thông báo muốn nhận', 'account'),
    json(notificationSettingsBody),
    async (c) => {
      const ctx = ctxOf(c);
      const body = c.req.valid('json');
      if (body.email !== undefined) await setUserEmail(ctx, ctx.actor.userId, body.email);
      if (body.preferences) await savePreferences(ctx, body.preferences);
      return c.json(await readOwnNotificationSettings(ctx));
    },
  );

// the admin's đôn đốc settings: the use cases authorise (settings.manage)
export const settingsRoutes = new Hono<AppEnv>()
  .use('/settings/*', requireUser)
  .get('/settings/reminders', doc('Cấu hình nhắc việc', 'settings'), async (c) =>
    c.json(await readReminderSettings(ctxOf(c))),
  )
  .put(
    '/settings/reminders',
    doc('Đổi cấu hình nhắc việc', 'settings'),
    json(reminderSettingsBody),
    async (c) => c.json(await saveReminderSettings(ctxOf(c), c.req.valid('json'))),
  )
  .get(
    '/settings/calendar-days',
    doc('Ngày nghỉ, ngày làm bù được công bố', 'settings'),
    query(calendarQuery),
    async (c) => c.json({ items: await readCalendarDays(ctxOf(c), c.req.valid('query').year) }),
  )
  .put(
    '/settings/calendar-days/:date',
    doc('Thêm hoặc sửa một ngày nghỉ, ngày làm bù', 'settings'),
    json(calendarDayBody),
    async (c) => {
      const date = pathDate(c.req.param('date'));
      const body = c.req.valid('json');
      await setCalendarDay(ctxOf(c), { date, kind: body.kind, note: body.note ?? '' });
      return c.json({ date, kind: body.kind, note: body.note ?? '' });
    },
  )
  .delete('/settings/calendar-days/:date', doc('Bỏ một ngày nghỉ, ngày làm bù', 'settings'), async (c) => {
    if (!(await removeCalendarDay(ctxOf(c), pathDate(c.req.param('date')))))
      throw new AppError('not_found', 'Không tìm thấy ngày này.');
    return c.json({ ok: true });
  })
  .get('/settings/unit-heads', doc('Thủ trưởng các đơn vị', 'settings'), async (c) =>
    c.json({ items: await readUnitHeads(ctxOf(c)) }),
  )
  .put(
    '/settings/unit-heads/:id',
    doc('Đặt hoặc bỏ thủ trưởng đơn vị (id: người dùng)', 'settings'),
    json(unitHeadBody),
    async (c) => {
      await setUnitHead(ctxOf(c), pathId(c), c.req.valid('json').isHead);
      return c.json({ ok: true });
    },
  );
