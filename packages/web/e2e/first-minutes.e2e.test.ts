import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/server';
import { browserAvailable, shot, signedIn, useE2eWorld, watchErrors } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';

async function signInOnForm(page: Page, username: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe.runIf(browserAvailable())('the first minutes', () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let openAssignment: number;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: async (world) => {
      ({ server, browser, base } = world);
      // an open assignment of the officer's unit, as a colleague would paste its link into a chat
      const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
      const list = await (
        await page.request.get('/api/assignments?pageSize=100&includeChildren=true')
      ).json();
      const open = (list.items as { id: number; state: string }[]).find((a) =>
        ['assigned', 'in_progress'].includes(a.state),
      );
      if (!open) throw new Error('the demo officer has no open assignment');
      openAssignment = open.id;
      await context.close();
    },
  });

  async function freshPage() {
    const context = await browser.newContext({
      baseURL: base,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    watchErrors(page, 'logged out', errors);
    return { context, page };
  }

  it('#9.12 a link to an assignment opened logged out lands on that assignment after signing in', async () => {
    const { context, page } = await freshPage();
    await page.goto(`/nhiem-vu/${openAssignment}`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await signInOnForm(page, OFFICER);
    await page.waitForURL((url) => url.pathname === `/nhiem-vu/${openAssignment}`);
    await page.getByText('Diễn biến').waitFor();
    // and stays there: no bounce back to an empty login form
    expect(await page.getByLabel('Tên đăng nhập').count()).toBe(0);
    await shot(page, 'first-login-deep-link');
    await context.close();
    // the 401 of /api/auth/me before signing in is expected; nothing else may fail
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 60_000);

  it('#9.12 opening / logged out and signing in reaches the home screen, not the login form again', async () => {
    const { context, page } = await freshPage();
    await page.goto('/');
    await page.getByLabel('Tên đăng nhập').waitFor();
    await signInOnForm(page, OFFICER);
    await page.waitForURL((url) => url.pathname === '/viec');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    expect(await page.getByLabel('Tên đăng nhập').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('#9.12 a redirect to another site is ignored: signing in goes home', async () => {
    for (const target of ['https://lua-dao.example/dang-nhap', '//lua-dao.example/x', '/\\lua-dao.example']) {
      const { context, page } = await freshPage();
      await page.goto(`/dang-nhap?redirect=${encodeURIComponent(target)}`);
      await signInOnForm(page, OFFICER);
      await page.waitForURL((url) => url.pathname === '/viec');
      expect(new URL(page.url()).origin).toBe(base);
      await context.close();
    }
  }, 60_000);

  it('#9.13 a session that expires mid-report asks for the password over the page and sends the typed report', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.goto(`/nhiem-vu/${openAssignment}`);
    const form = page.getByTestId('form-report');
    await form.getByLabel('Tiến độ (%)').fill('35');
    const narrative = 'Đã khảo sát 12 xã, đang tổng hợp số liệu gửi Sở.';
    await form.getByLabel('Kết quả thực hiện').fill(narrative);

    // the session ends on the server while the officer types
    await server.database.db.deleteFrom('sessions').execute();
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();

    const dialog = page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    await dialog.waitFor();
    await shot(page, 'session-expired-dialog');
    // what was typed is still on the page behind the dialog
    expect(await form.getByLabel('Kết quả thực hiện').inputValue()).toBe(narrative);
    await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Đăng nhập' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // the report went through once signed in again, and the officer is still on the assignment
    await page.getByTestId('assignment-state').getByText('Đang thực hiện').waitFor();
    await page.getByText(narrative).first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/nhiem-vu/${openAssignment}`);
    const detail = await (await page.request.get(`/api/assignments/${openAssignment}`)).json();
    expect(detail.percent).toBe(35);
    await context.close();
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 60_000);
});
