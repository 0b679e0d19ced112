import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  browserAvailable,
  SEED_003,
  seriousAxeViolations,
  shot,
  signedIn,
  useE2eWorld,
  VIEWPORTS,
  watchErrors,
} from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';

/** Waits until the screen has drawn its data: no request in flight, no spinner. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 60_000 });
  // antd's motion (menus, tags, progress bars) ends within its 0.3 s
  await page.waitForTimeout(400);
}

describe.runIf(browserAvailable())('accessibility (axe-core, WCAG 2.1 AA) on every screen', () => {
  let browser: Browser;
  let base: string;
  /** Each role and the screens it uses; ids from the demo province. */
  let screens: { who: string; paths: string[] }[];
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: async (world) => {
      ({ browser, base } = world);
      const { context, page } = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
      const assignments = await (await page.request.get('/api/assignments?pageSize=1')).json();
      const directives = await (await page.request.get('/api/directives?pageSize=1')).json();
      // a draft to review: seed 003 imported as text
      const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
      const draft = await (
        await page.request.post('/api/directives/import', {
          headers: { 'x-csrf-token': csrfToken },
          data: { text: readFileSync(SEED_003, 'utf8') },
        })
      ).json();
      await context.close();
      const assignment = `/nhiem-vu/${assignments.items[0].id}`;
      screens = [
        {
          who: OFFICER,
          paths: ['/viec', '/tim-kiem', '/huong-dan', '/tai-khoan', '/ma-truy-cap', '/thong-bao'],
        },
        {
          who: 'vanphong',
          paths: [
            '/hang-cho',
            '/nhap-van-ban',
            '/van-ban',
            `/van-ban/${directives.items[0].id}`,
            `/van-ban/${draft.id}`,
            assignment,
          ],
        },
        { who: 'lanhdao', paths: ['/tong-hop', '/danh-sach?color=red', '/bao-cao?period=2026-Q4'] },
        { who: 'admin', paths: ['/quan-tri', '/cau-hinh-nhac-viec'] },
      ];
    },
  });

  for (const viewport of VIEWPORTS) {
    it(`#9.24 every screen at ${viewport.width} px has an h1 and no serious or critical axe violation`, async () => {
      const found: Record<string, string[]> = {};
      const headings: Record<string, number> = {};

      const check = async (page: Page, key: string) => {
        await settled(page);
        await shot(page, `a11y-${viewport.width}-${key.replace(/[^a-z0-9]+/gi, '-')}`);
        headings[key] = await page.locator('h1').count();
        const violations = await seriousAxeViolations(page);
        if (violations.length) found[key] = violations;
      };

      // the login form, signed out
      const guest = await browser.newContext({ baseURL: base, locale: 'vi-VN', viewport });
      const login = await guest.newPage();
      watchErrors(login, 'guest', errors);
      await login.goto('/dang-nhap');
      await check(login, '/dang-nhap');
      await guest.close();

      for (const { who, paths } of screens) {
        const { context, page } = await signedIn(browser, base, who, PASSWORD, errors);
        await page.setViewportSize(viewport);
        for (const url of paths) {
          await page.goto(url);
          await check(page, `${who} ${url}`);
        }
        await context.close();
      }

      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(
        path.join(ARTIFACTS, `axe-${viewport.width}.json`),
        JSON.stringify({ found, headings }, null, 2),
      );
      expect(Object.entries(headings).filter(([, n]) => n !== 1)).toEqual([]);
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    }, 480_000);
  }
});
