import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SEED_003, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';

describe.runIf(browserAvailable())('the whole flow in a real browser', () => {
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (world) => {
      ({ browser, base } = world);
    },
  });

  it('imports seed 003, fixes a unit, publishes; an officer reports and claims; the office returns then accepts; the dashboard counts it done late', async () => {
    const leader = await signedIn(browser, base, 'lanhdao', PASSWORD, errors);
    const done = async () => {
      await leader.page.getByTestId('timeliness-done_late').waitFor();
      const count = async (k: string) => {
        const text = await leader.page
          .getByTestId(`timeliness-${k}`)
          .locator('.ant-statistic-content-value')
          .textContent();
        return Number((text ?? '').replace(/\D/g, ''));
      };
      // the task's deadline (Quý I/2026) is past, so it is done, late
      return { onTime: await count('done_on_time'), late: await count('done_late') };
    };
    const doneBefore = await done();
    await shot(leader.page, 'dashboard-before');

    // the standing office imports the directive and reviews it
    const office = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
    await office.page.goto('/nhap-van-ban');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-e2e-file-')), 'thong-bao-ket-luan.txt');
    writeFileSync(file, readFileSync(SEED_003));
    await office.page.locator('input[type=file]').first().setInputFiles(file);
    await office.page.waitForURL(/\/van-ban\/\d+/, { timeout: 60_000 });
    await office.page.getByText('Rà soát trước khi giao việc').waitFor();
    await shot(office.page, 'review-extracted');

    await office.page.getByRole('button', { name: 'Áp dụng đơn vị gợi ý cho các tên chưa khớp' }).click();
    // fix one unit by hand: the first task goes to Sở Khoa học và Công nghệ
    const firstLead = office.page.getByLabel('Chủ trì 1', { exact: true });
    await firstLead.click();
    await office.page.keyboard.type('Sở Khoa học và Công nghệ');
    await office.page
      .locator('.ant-select-dropdown .ant-select-item-option', { hasText: 'Sở Khoa học và Công nghệ' })
      .first()
      .click();
    await office.page.keyboard.press('Escape');
    await office.page.getByRole('button', { name: 'Bỏ các nhiệm vụ chưa có đơn vị chủ trì' }).click();
    await shot(office.page, 'review-fixed');
    await office.page.getByRole('button', { name: 'Giao việc' }).click();
    // #9.21 publishing shows beforehand how many assignments go to how many units
    const preview = office.page.getByTestId('publish-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.textContent()).toMatch(/^Sẽ giao \d+ nhiệm vụ cho \d+ đơn vị\.$/);
    await shot(office.page, 'publish-preview');
    await office.page.locator('.ant-modal').getByRole('button', { name: 'Giao việc' }).click();
    await office.page.getByText('Đã giao việc').waitFor({ timeout: 60_000 });
    await shot(office.page, 'published-summary');

    // the officer finds the task, reports with an evidence file, and claims completion
    const officer = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await officer.page.goto('/viec');
    await officer.page.getByLabel('Tìm kiếm').fill('cac cap, cac nganh tham muu');
    await officer.page.getByLabel('Tìm kiếm').press('Enter');
    // the search folds accents: "cac cap" finds "Các cấp"
    await officer.page
      .locator('table a[href^="/nhiem-vu/"]', { hasText: 'Các cấp, các ngành tham mưu' })
      .first()
      .click();
    await officer.page.getByText('Diễn biến').waitFor();
    const evidence = path.join(path.dirname(file), 'bien-ban.txt');
    writeFileSync(evidence, 'Biên bản họp triển khai nhiệm vụ.');
    await officer.page.getByLabel('Tiến độ (%)').fill('60');
    await officer.page.getByLabel('Kết quả thực hiện').fill('Đã họp triển khai, phân công đầu mối.');
    await officer.page.getByTestId('form-report').locator('input[type=file]').setInputFiles(evidence);
    await officer.page.locator('[data-testid=evidence-file][data-status=done]').waitFor();
    await officer.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.page.getByTestId('assignment-state').getByText('Đang thực hiện').waitFor();
    await shot(officer.page, 'officer-reported');
    await officer.page.getByRole('tab', { name: 'Báo cáo hoàn thành' }).click();
    await officer.page
      .getByTestId('form-claim')
      .getByLabel('Kết quả thực hiện')
      .fill('Đã hoàn thành, gửi kèm biên bản.');
    await officer.page
      .getByTestId('form-claim')
      .getByLabel('Hoặc đường dẫn minh chứng')
      .fill('https://maison.gov.vn/bien-ban');
    await officer.page.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await officer.page.getByTestId('assignment-state').getByText('Chờ xác nhận').waitFor();
    await shot(officer.page, 'officer-claimed');
    const assignmentUrl = officer.page.url();

    // the standing office returns the claim once
    await office.page.goto('/hang-cho');
    const claim = office.page.locator('[data-testid^="claim-"]').first();
    await claim.getByLabel('Lý do trả lại').fill('Đề nghị bổ sung quyết định phân công.');
    await claim.getByRole('button', { name: 'Trả lại' }).click();
    await office.page.getByText('Đã lưu').waitFor();
    await shot(office.page, 'office-returned');

    // the officer claims again; the office accepts
    await officer.page.goto(assignmentUrl);
    await officer.page.getByText('Bị trả lại').first().waitFor();
    await officer.page.getByRole('tab', { name: 'Báo cáo hoàn thành' }).click();
    await officer.page
      .getByTestId('form-claim')
      .getByLabel('Kết quả thực hiện')
      .fill('Đã bổ sung quyết định phân công.');
    await officer.page
      .getByTestId('form-claim')
      .getByLabel('Hoặc đường dẫn minh chứng')
      .fill('https://maison.gov.vn/quyet-dinh');
    await officer.page.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await officer.page.getByTestId('assignment-state').getByText('Chờ xác nhận').waitFor();
    await office.page.goto('/hang-cho');
    await office.page
      .locator('[data-testid^="claim-"]')
      .first()
      .getByRole('button', { name: 'Chấp nhận' })
      .click();
    await office.page.getByText('Đã lưu').waitFor();
    await shot(office.page, 'office-accepted');

    // the leader's dashboard shows one more task done on time
    await leader.page.reload();
    const doneAfter = await done();
    await shot(leader.page, 'dashboard-after');
    expect(doneAfter).toEqual({ onTime: doneBefore.onTime, late: doneBefore.late + 1 });
    expect(errors).toEqual([]);
  }, 240_000);

  it('fits an officer’s work list and an assignment on a 360 px phone', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/viec');
    await page.locator('a[href^="/nhiem-vu/"]').first().waitFor();
    await shot(page, 'phone-work');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('a[href^="/nhiem-vu/"]').first().click();
    await page.getByText('Diễn biến').waitFor();
    await shot(page, 'phone-assignment');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('#10.16 a user opens Tài khoản from the header, sees this session and ends the other one', async () => {
    const other = await signedIn(browser, base, 'theodoi', PASSWORD, errors);
    const { context, page } = await signedIn(browser, base, 'theodoi', PASSWORD, errors);
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByText('Phiên này').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).first().waitFor();
    await shot(page, 'account');
    await page.getByRole('button', { name: 'Đăng xuất mọi phiên khác' }).click();
    await page.getByText('Đã kết thúc phiên').waitFor();
    // the other browser's cookie no longer opens anything (asked outside the page: a 401 there logs an error)
    expect((await other.context.request.get('/api/auth/me')).status()).toBe(401);
    await other.context.close();
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
