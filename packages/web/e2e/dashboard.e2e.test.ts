import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** The count the list shows under its table ("Tổng số: 1.827"). */
async function listTotal(page: Page): Promise<number> {
  const total = page.getByText(/^Tổng số: /);
  await total.waitFor();
  return number(await total.textContent());
}

describe.runIf(browserAvailable())('the leader’s dashboard in a real browser', () => {
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (world) => {
      ({ browser, base } = world);
    },
  });

  it('#9.9 #9.10 every figure the leader clicks opens a list of the same count, which says what it counts', async () => {
    const { page, context } = await signedIn(browser, base, 'lanhdao', PASSWORD, errors);
    await page.goto('/tong-hop');
    await page.getByTestId('dashboard-by-unit').waitFor();
    await shot(page, 'dashboard-figures');
    const cards = [
      'dashboard-total',
      'dashboard-red',
      'dashboard-yellow',
      'dashboard-green',
      'timeliness-done_on_time',
      'timeliness-done_late',
      'timeliness-open_within_deadline',
      'timeliness-open_overdue',
    ];
    let opened = 0;
    for (const card of cards) {
      await page.goto('/tong-hop');
      const figure = number(
        await page.getByTestId(card).locator('.ant-statistic-content-value').textContent(),
      );
      if (!figure) continue;
      await page.getByTestId(card).click();
      expect({ card, n: await listTotal(page) }).toEqual({ card, n: figure });
      await page.getByTestId('list-scope').waitFor();
      opened++;
    }
    expect(opened).toBeGreaterThanOrEqual(4);

    // the first counts of the per-unit table and of the directive table
    for (const [table, most] of [
      ['dashboard-by-unit', 4],
      ['dashboard-by-directive', 2],
    ] as const) {
      await page.goto('/tong-hop');
      const links = page.getByTestId(table).locator('a[href^="/danh-sach"]');
      await links.first().waitFor();
      const count = Math.min(await links.count(), most);
      for (let i = 0; i < count; i++) {
        await page.goto('/tong-hop');
        const link = page.getByTestId(table).locator('a[href^="/danh-sach"]').nth(i);
        const figure = number(await link.textContent());
        const label = await link.getAttribute('aria-label');
        await link.click();
        expect({ label, n: await listTotal(page) }).toEqual({ label, n: figure });
      }
    }
    await context.close();
    expect(errors).toEqual([]);
  }, 240_000);

  it('#9.10 fits the per-unit table on a 360 px phone without sideways page scroll', async () => {
    const { page, context } = await signedIn(browser, base, 'lanhdao', PASSWORD, errors);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/tong-hop');
    await page.getByTestId('dashboard-by-unit').waitFor();
    await shot(page, 'phone-dashboard');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
