import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isGenericUnitPhrase } from '@dondoc/domain';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, SEED_003, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;

/** The review screen of the standing office, driven as the office would over an hour's work. */
describe.runIf(browserAvailable())('reviewing a draft in a real browser', () => {
  let browser: Browser;
  let base: string;
  let office: Page;
  let draftUrl: string;
  const errors: string[] = [];
  /** The draft as the API has it now. */
  const draft = async (): Promise<Json> =>
    (await office.request.get(`/api/directives/${draftUrl.split('/').pop()}`)).json();

  useE2eWorld({
    password: PASSWORD,
    timeout: 180_000,
    ready: async (world) => {
      ({ browser, base } = world);
      office = (await signedIn(browser, base, 'vanphong', PASSWORD, errors)).page;
      await office.goto('/nhap-van-ban');
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-e2e-file-')), 'ke-hoach-003.txt');
      writeFileSync(file, readFileSync(SEED_003));
      await office.locator('input[type=file]').first().setInputFiles(file);
      await office.waitForURL(/\/van-ban\/\d+/, { timeout: 60_000 });
      await office.getByText('Rà soát trước khi giao việc').waitFor();
      draftUrl = new URL(office.url()).pathname;
    },
  });

  it('#9.1 shows the targets and keeps them when the draft is saved unchanged', async () => {
    const before = await draft();
    const targets = before.tasks.flatMap((t: Json) => t.targets);
    expect(targets.length).toBe(3);
    await expect(office.locator('[data-testid^="target-"]').count()).resolves.toBe(3);
    await office.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await office.getByText('Đã lưu').first().waitFor();
    const after = await draft();
    expect(after.tasks.flatMap((t: Json) => t.targets)).toEqual(targets);
    expect(after.version).toBeGreaterThan(before.version);
  }, 60_000);

  it('#15.5 marks the tasks the extractor doubts, with the reason shown on a tap', async () => {
    const doubted = (await draft()).tasks.filter((t: Json) => t.warnings.length);
    expect(doubted.length).toBeGreaterThan(0);
    await office.getByText(`${doubted.length} nhiệm vụ bộ bóc tách chưa chắc chắn`).waitFor();
    await office.getByRole('checkbox', { name: 'Chỉ hiện nhiệm vụ cần xem kỹ' }).check();
    await expect(office.locator('[data-testid^="task-"]').count()).resolves.toBe(doubted.length);
    const marker = office.getByRole('button', { name: /^Cần xem kỹ: / }).first();
    await marker.click();
    await office
      .getByTestId(/^warnings-/)
      .first()
      .getByText(doubted[0].warnings[0])
      .waitFor();
    await shot(office, 'review-warnings');
    await office.keyboard.press('Escape');
    await office.getByRole('checkbox', { name: 'Chỉ hiện nhiệm vụ cần xem kỹ' }).uncheck();
  }, 60_000);

  it('#9.15 takes a deadline typed dd/mm/yyyy, and marks the field the server refuses', async () => {
    const due = office.getByLabel('Ngày hết hạn 1', { exact: true });
    // typed over the whole value, as a clerk does after selecting it (a click opens the calendar,
    // whose hovered day the input previews)
    await due.fill('31/03/2027');
    await due.press('Enter');
    await expect.poll(async () => (await draft()).tasks[0].due.date, { timeout: 30_000 }).toBe('2027-03-31');
    // a target over 100 % is refused by the server: the field is marked, with the reason beside it
    const firstTarget = office.locator('[data-testid^="target-"]').first();
    const value = firstTarget.getByLabel(/Giá trị$/);
    await value.fill('120');
    await firstTarget.locator('.ant-input-number-status-error').waitFor({ timeout: 15_000 });
    await firstTarget.getByRole('alert').getByText('Tỷ lệ không quá 100%').waitFor();
    await shot(office, 'review-field-error');
    await value.fill('90');
    await office.getByText(/Đã tự lưu lúc/).waitFor({ timeout: 15_000 });
    errors.splice(0, errors.length, ...errors.filter((e) => !/status of 400/.test(e)));
  }, 60_000);

  it('#9.16 the unit picker finds units typed without accents', async () => {
    const lead = office.getByLabel('Chủ trì 2', { exact: true });
    await lead.click();
    await office.keyboard.type('cong an');
    await office
      .locator('.ant-select-dropdown .ant-select-item-option', { hasText: 'Công an tỉnh' })
      .first()
      .waitFor();
    await office.keyboard.press('Escape');
  }, 30_000);

  it('#9.2 applying suggestions takes only sure matches, never a single unit for a generic phrase, and marks them', async () => {
    await office.getByRole('button', { name: 'Áp dụng đơn vị gợi ý cho các tên chưa khớp' }).click();
    await office.getByText(/^Đã chọn \d+ đơn vị khớp chắc chắn/).waitFor();
    await office.getByText('Gợi ý, chưa xác nhận').first().waitFor();
    await shot(office, 'review-suggested');
    await office.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await office.getByText('Đã lưu').first().waitFor();
    const refs = (await draft()).tasks.flatMap((t: Json) => [...t.lead, ...t.support]);
    const suggested = refs.filter((u: Json) => u.match === 'suggested');
    expect(suggested.length).toBeGreaterThan(0);
    for (const u of refs.filter((r: Json) => isGenericUnitPhrase(r.name)))
      expect(u.unitId, `${u.name} must not become one unit`).toBeNull();
    // a person confirms one, and saves the name as written as an alias
    const written = office.getByTestId('unit-written').filter({ hasText: 'Gợi ý, chưa xác nhận' }).first();
    await written.getByRole('button', { name: 'Lưu tên này làm tên gọi khác' }).click();
    await office.getByText(/^Lần sau “.+” sẽ tự khớp với/).waitFor();
    await written.getByRole('button', { name: 'Xác nhận' }).click();
    const unconfirmed = async () =>
      (await draft()).tasks
        .flatMap((t: Json) => [...t.lead, ...t.support])
        .filter((u: Json) => u.match === 'suggested').length;
    await expect.poll(unconfirmed, { timeout: 15_000 }).toBe(suggested.length - 1);
  }, 60_000);

  it('#9.4 edits are saved as the office works, before leaving, and a reload with unsaved edits is warned of', async () => {
    const text = office.getByLabel('Nhiệm vụ 3', { exact: true });
    await text.fill('Nhiệm vụ sửa trong lúc rà soát, tự lưu.');
    await expect
      .poll(async () => (await draft()).tasks[2].text, { timeout: 15_000 })
      .toBe('Nhiệm vụ sửa trong lúc rà soát, tự lưu.');
    // leaving at once through the menu saves first
    await text.fill('Nhiệm vụ sửa rồi rời trang ngay.');
    await office.setViewportSize({ width: 1600, height: 900 });
    await office.getByRole('link', { name: 'Tổng hợp' }).click();
    await office.waitForURL(/\/tong-hop/);
    expect((await draft()).tasks[2].text).toBe('Nhiệm vụ sửa rồi rời trang ngay.');
    // a reload straight after an edit: the browser asks first
    await office.goto(draftUrl);
    const again = office.getByLabel('Nhiệm vụ 3', { exact: true });
    await again.click();
    await again.fill('Sửa rồi tải lại trang.');
    const dialog = new Promise<string>((resolve) =>
      office.once('dialog', async (d) => {
        resolve(d.type());
        await d.dismiss();
      }),
    );
    void office.reload().catch(() => undefined);
    expect(await dialog).toBe('beforeunload');
    await expect
      .poll(async () => (await draft()).tasks[2].text, { timeout: 15_000 })
      .toBe('Sửa rồi tải lại trang.');
  }, 90_000);

  it('#9.14 the office gives the draft its number, finds it in the directive list, and may delete it', async () => {
    await office.getByLabel('Số, ký hiệu', { exact: true }).fill('55-KH/TU');
    await office
      .getByLabel('Trích yếu', { exact: true })
      .fill('Kế hoạch thực hiện chuyển đổi số của Thành ủy');
    await expect
      .poll(async () => (await draft()).subject, { timeout: 15_000 })
      .toBe('Kế hoạch thực hiện chuyển đổi số của Thành ủy');
    await office.goto('/van-ban?status=draft');
    await office
      .getByLabel('Tìm theo số, trích yếu, cơ quan, tên tệp (gõ có dấu hoặc không dấu)')
      .fill('chuyen doi so cua thanh uy');
    await office.keyboard.press('Enter');
    await office.waitForURL(/q=chuyen/);
    const row = office.getByRole('link', { name: '55-KH/TU' });
    await row.waitFor();
    await shot(office, 'directive-list');
    // the filters live in the URL: a reload keeps them
    await office.reload();
    await office.getByRole('link', { name: '55-KH/TU' }).click();
    await office.waitForURL(new RegExp(`${draftUrl}$`));
    await office.getByLabel('Số, ký hiệu', { exact: true }).waitFor();
  }, 60_000);

  it('#9.5 an officer cannot open the draft nor list it', async () => {
    const errorsBefore = errors.length;
    const officer = await signedIn(browser, base, 'canbo.so-khoa-hoc-va-cong-nghe', PASSWORD, errors);
    const res = await officer.page.request.get(`/api${draftUrl.replace('/van-ban', '/directives')}`);
    expect(res.status()).toBe(404);
    await officer.page.goto('/van-ban');
    await officer.page.getByText('Văn bản chỉ đạo').first().waitFor();
    expect(await officer.page.getByText('55-KH/TU').count()).toBe(0);
    await officer.context.close();
    errors.splice(
      errorsBefore,
      errors.length,
      ...errors.slice(errorsBefore).filter((e) => !/status of 404/.test(e)),
    );
  }, 60_000);

  it('#9.14 a draft can be deleted from its review', async () => {
    await office.goto(draftUrl);
    await office.getByRole('button', { name: 'Xóa bản nháp' }).click();
    await office.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa bản nháp' }).click();
    await office.waitForURL(/\/van-ban$/);
    expect((await office.request.get(`/api${draftUrl.replace('/van-ban', '/directives')}`)).status()).toBe(
      404,
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
