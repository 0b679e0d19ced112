import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';

describe.runIf(browserAvailable())('the periodic report in a real browser', () => {
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (world) => {
      ({ browser, base } = world);
    },
  });

  it('produces a quarterly report, previews it with the API’s figures and downloads each format', async () => {
    const { page, context } = await signedIn(browser, base, 'lanhdao', PASSWORD, errors);
    // from the dashboard, where the leader's figures are
    await page.goto('/tong-hop');
    await page.getByTestId('dashboard-reports').click();
    await page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 1 }).waitFor();
    await page.getByTestId('report-preview').click();
    await page.getByTestId('report-preview-result').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/bao-cao');
    const period = url.searchParams.get('period') ?? '';
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    const api = (await (await page.request.get(`/api/reports?period=${period}`)).json()) as {
      summary: { total: number };
    };
    const shown = await page
      .getByTestId('report-preview-result')
      .locator('.ant-statistic')
      .first()
      .locator('.ant-statistic-content-value')
      .textContent();
    expect(Number((shown ?? '').replace(/\D/g, ''))).toBe(api.summary.total);
    await shot(page, 'report-preview');

    for (const format of ['xlsx', 'docx', 'pdf', 'csv']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`report-${format}`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`bao-cao-${period}.${format}`);
      expect(await download.failure()).toBeNull();
    }
    await context.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
