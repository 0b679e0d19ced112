import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserAvailable,
  type E2eWorld,
  seriousAxeViolations,
  shot,
  signedIn,
  useE2eWorld,
} from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';
const TITLE = 'Nhiệm vụ sắp đến hạn (thử nghiệm chuông)';

describe.runIf(browserAvailable())('the bell, the notification list and the reminder settings', () => {
  let browser: Browser;
  let base: string;
  let world: E2eWorld;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (w) => {
      world = w;
      ({ browser, base } = w);
    },
  });

  it('an officer sees the unread count on the bell, opens the list and marks the notification read', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    const [assignment] = (
      (await (await page.request.get('/api/assignments?pageSize=1')).json()) as { items: { id: number }[] }
    ).items;
    expect(assignment).toBeDefined();
    const db = world.server.database.db;
    const officer = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', OFFICER)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('notifications')
      .values({
        user_id: officer.id,
        key: 'e2e-chuong',
        kind: 'due_soon',
        topic: 'due_soon',
        assignment_id: assignment!.id,
        title: TITLE,
        body: 'Còn 3 ngày làm việc đến hạn.',
        link: `/nhiem-vu/${assignment!.id}`,
        created_at: new Date(Date.now() + 60_000),
        read_at: null,
      })
      .execute();
    const unread = async () =>
      ((await (await page.request.get('/api/notifications/unread-count')).json()) as { count: number }).count;
    const before = await unread();
    expect(before).toBeGreaterThan(0);

    // the bell reads the count again when the window comes back into focus
    await page.reload();
    const bell = page.getByTestId('bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe(`Thông báo: ${before} chưa đọc`);
    await bell.click();
    await page.waitForURL('**/thong-bao');
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    const item = page.getByTestId('notification').filter({ hasText: TITLE });
    await item.waitFor();
    // newest first: the notification just made heads the list
    await expect.poll(() => page.getByTestId('notification').first().textContent()).toContain(TITLE);
    await expect.poll(() => item.getByText('Chưa đọc').count()).toBe(1);
    await shot(page, 'notifications-list');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await item.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await item.getByRole('button', { name: 'Đánh dấu chưa đọc' }).waitFor();
    expect(await unread()).toBe(before - 1);
    await expect
      .poll(() => bell.getAttribute('aria-label'))
      .toBe(before - 1 ? `Thông báo: ${before - 1} chưa đọc` : 'Thông báo: không có thông báo chưa đọc');

    // each item opens its assignment
    await item.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/nhiem-vu/${assignment!.id}`);
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('the admin adds an announced day off, typed as dd/mm/yyyy', async () => {
    const { context, page } = await signedIn(browser, base, 'admin', PASSWORD, errors);
    await page.goto('/cau-hinh-nhac-viec');
    await page.getByRole('heading', { level: 1, name: 'Cấu hình nhắc việc' }).waitFor();
    await page.getByLabel('Báo thủ trưởng đơn vị sau (ngày quá hạn)').waitFor();

    const date = page.getByLabel('Ngày', { exact: true });
    await date.fill('15/02/2027');
    await date.press('Enter');
    await page.getByLabel('Ghi chú', { exact: true }).fill('Nghỉ bù Tết Nguyên đán');
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const row = page.getByRole('row').filter({ hasText: '15/02/2027' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ngày nghỉ');
    expect(await row.textContent()).toContain('Nghỉ bù Tết Nguyên đán');
    const saved = (await (await page.request.get('/api/settings/calendar-days?year=2027')).json()) as {
      items: { date: string; kind: string; note: string }[];
    };
    expect(saved.items).toContainEqual({ date: '2027-02-15', kind: 'off', note: 'Nghỉ bù Tết Nguyên đán' });
    await shot(page, 'reminder-settings');
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('an officer gives an e-mail address and turns one kind of mail off in the account page', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.goto('/tai-khoan');
    await page.getByLabel('Địa chỉ thư điện tử').fill('canbo@khcn.maison.gov.vn');
    await page.getByLabel('Sắp đến hạn — Thư điện tử').uncheck();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu').first().waitFor();
    const saved = (await (await page.request.get('/api/account/notification-settings')).json()) as {
      email: string | null;
      preferences: Record<string, Record<string, boolean>>;
    };
    expect(saved.email).toBe('canbo@khcn.maison.gov.vn');
    expect(saved.preferences.email).toMatchObject({ due_soon: false, overdue: true });
    expect(saved.preferences.webhook?.due_soon).toBe(true);
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
