import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';

describe.runIf(browserAvailable())('phones', () => {
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (world) => {
      ({ browser, base } = world);
    },
  });

  it('#9.23 at 360 px the work list shows each task’s deadline and status in view, one line each, no sideways scroll', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/viec');
    await page.locator('a[href^="/nhiem-vu/"]').first().waitFor();
    await shot(page, 'phone-work-cards');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const tasks = page.locator('a[href^="/nhiem-vu/"]');
    const count = await tasks.count();
    expect(count).toBeGreaterThan(0);
    for (const status of await page.locator('[data-status]').all()) {
      const box = await status.boundingBox();
      // inside the screen, and one line high: "Mới giao" no longer wraps a letter a line
      expect(box, (await status.textContent()) ?? undefined).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(box!.height).toBeLessThan(30);
    }
    // every task has a deadline (a date, or "no deadline") drawn inside the screen
    const dues = page.getByText(/Hạn: (\d{2}\/\d{2}\/\d{4}|Không có hạn)/);
    expect(await dues.count()).toBe(count);
    for (const due of await dues.all()) {
      const box = await due.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('#9.23 at 1366 px the work list stays a table with its columns', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/viec');
    await page.locator('table a[href^="/nhiem-vu/"]').first().waitFor();
    for (const column of ['Nhiệm vụ', 'Hạn', 'Tiến độ', 'Trạng thái']) {
      await page.getByRole('columnheader', { name: column, exact: true }).waitFor();
    }
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('#9.24 on a phone every screen is reached from a menu drawer, not from links hidden behind "…"', async () => {
    const { context, page } = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/hang-cho');
    await page.getByRole('heading', { name: 'Hàng chờ xử lý', level: 1 }).waitFor();
    // no link of the header is hidden from assistive technology while still focusable
    expect(await page.locator('header [aria-hidden="true"] a').count()).toBe(0);
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    const drawer = page.getByRole('dialog', { name: 'dondoc' });
    await drawer.getByRole('link', { name: 'Tìm kiếm' }).click();
    await page.waitForURL((url) => url.pathname === '/tim-kiem');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Tìm kiếm', level: 1 }).waitFor();
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
