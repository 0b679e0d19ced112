import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, seriousAxeViolations, shot, signedIn, useE2eWorld } from './browser';

const PASSWORD = 'mat-khau-e2e-2026';
const OFFICER = 'canbo.so-khoa-hoc-va-cong-nghe';

interface Item {
  id: number;
  dueDate: string | null;
  timeline?: { kind: string }[];
}

/**
 * Serious axe violations of the screen's content: the header menu's overflow items (aria-hidden
 * yet focusable at this width) belong to the layout, and are reported apart.
 */
async function axeOnContent(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).filter(
    (v) =>
      !v
        .split('\n')
        .slice(1)
        .every((node) => node.includes('.ant-menu-overflow-item')),
  );
}

/** Assignments as the signed-in user sees them, through the page's own session. */
async function find(page: Page, query: string): Promise<Item[]> {
  const res = await page.request.get(`/api/assignments?${query}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: Item[] }).items;
}

describe.runIf(browserAvailable())('the standing office and a unit at work, in a real browser', () => {
  let browser: Browser;
  let base: string;
  let dir: string;
  const errors: string[] = [];

  useE2eWorld({
    password: PASSWORD,
    ready: (world) => {
      ({ browser, base } = world);
      dir = mkdtempSync(path.join(tmpdir(), 'dondoc-e2e-office-'));
    },
  });

  it('#9.18 on an overdue assignment the office reminds, comments, moves the deadline by a leader’s decision and cancels', async () => {
    const { context, page } = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
    const [overdue] = await find(page, 'timeliness=open_overdue&pageSize=1');
    expect(overdue).toBeDefined();
    await page.goto(`/nhiem-vu/${overdue!.id}`);
    await page.getByText('Diễn biến').waitFor();

    await page.getByRole('tab', { name: 'Nhắc việc' }).click();
    await page.getByLabel('Lời nhắc (không bắt buộc)').fill('Đề nghị báo cáo tiến độ trước thứ Sáu.');
    await page.locator('#remind').getByRole('button', { name: 'Nhắc việc' }).click();
    await page.getByText('Đề nghị báo cáo tiến độ trước thứ Sáu.').waitFor();

    await page.getByLabel('Nội dung bình luận').fill('Văn phòng đã làm việc với đơn vị.');
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await page.locator('.ant-timeline').getByText('Văn phòng đã làm việc với đơn vị.').waitFor();

    await page.getByRole('tab', { name: 'Đổi thời hạn theo quyết định của lãnh đạo' }).click();
    await page.getByLabel('Thời hạn mới').fill('30/06/2027');
    await page.getByLabel('Thời hạn mới').press('Enter');
    await page.getByLabel('Ngày quyết định').fill('01/12/2026');
    await page.getByLabel('Ngày quyết định').press('Enter');
    await page.getByLabel('Số, ký hiệu văn bản quyết định').fill('1234/UBND-VP');
    await page.getByLabel('Lãnh đạo quyết định').fill('Phó Chủ tịch UBND tỉnh');
    await page.getByRole('button', { name: 'Ghi thời hạn mới' }).click();
    await page
      .locator('.ant-timeline')
      .getByText('theo 1234/UBND-VP ngày 01/12/2026 của Phó Chủ tịch UBND tỉnh')
      .waitFor();
    await page.getByText('Hạn ban đầu').waitFor();
    await shot(page, 'office-overdue-actions');
    expect(await axeOnContent(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Hủy nhiệm vụ' }).click();
    await page.getByLabel('Lý do hủy').fill('Nhiệm vụ đã được lồng ghép vào kế hoạch năm sau.');
    await page.locator('#cancel').getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('assignment-state').getByText('Đã hủy').waitFor();
    await page
      .locator('.ant-timeline')
      .getByText('Nhiệm vụ đã được lồng ghép vào kế hoạch năm sau.')
      .waitFor();
    await shot(page, 'office-cancelled');

    const after = (await (await page.request.get(`/api/assignments/${overdue!.id}`)).json()) as {
      dueDate: string;
      originalDueDate: string;
      timeline: { kind: string }[];
    };
    expect(after.dueDate).toBe('2027-06-30');
    expect(after.originalDueDate).toBe(overdue!.dueDate);
    expect(after.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['reminder', 'comment', 'deadline', 'cancel']),
    );
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('#9.3 a failed evidence file stops the report with its reason beside it; checked before upload; the form clears after sending', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/files') && r.method() === 'POST') uploads.push(r.url());
    });
    const [open] = await find(page, 'state=in_progress&pageSize=1');
    expect(open).toBeDefined();
    const reports = async () =>
      ((await (await page.request.get(`/api/assignments/${open!.id}`)).json()) as Item).timeline!.filter(
        (e) => e.kind === 'report',
      ).length;
    const before = await reports();
    await page.goto(`/nhiem-vu/${open!.id}`);
    const form = page.getByTestId('form-report');
    await form.getByLabel('Kết quả thực hiện').fill('Đã hoàn thiện dự thảo.');

    // empty and too large: refused here, before anything is sent
    const empty = path.join(dir, 'bien-ban-rong.pdf');
    writeFileSync(empty, '');
    const large = path.join(dir, 'ho-so-lon.pdf');
    writeFileSync(large, Buffer.alloc(21 * 1024 * 1024, 0x25));
    await form.locator('input[type=file]').setInputFiles([empty, large]);
    await form.getByText('Tệp rỗng (0 byte): hãy chọn lại tệp.').waitFor();
    await form.getByText('Tệp quá lớn: tối đa 20 MB').waitFor();
    expect(uploads).toEqual([]);

    // a file the server refuses by its content shows the server's reason beside it
    const renamed = path.join(dir, 'chuong-trinh.pdf');
    writeFileSync(
      renamed,
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]),
    );
    await form.locator('input[type=file]').setInputFiles(renamed);
    await form.locator('[data-testid=evidence-file][data-status=error]').nth(2).waitFor();
    expect(uploads).toHaveLength(1);
    await expect
      .poll(
        async () =>
          (await form.locator('[data-testid=evidence-file] [role=alert]').nth(2).textContent()) ?? '',
      )
      .not.toBe('');

    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await form.getByText('Có tệp minh chứng chưa tải lên được').waitFor();
    await shot(page, 'evidence-refused');
    expect(await axeOnContent(page)).toEqual([]);
    expect(await reports()).toBe(before);

    // remove the failed files, attach a good one, send: saved, and the form is empty again
    for (const name of ['bien-ban-rong.pdf', 'ho-so-lon.pdf', 'chuong-trinh.pdf']) {
      await form.getByRole('button', { name: `Bỏ tệp ${name}` }).click();
    }
    const good = path.join(dir, 'bien-ban-hop.txt');
    writeFileSync(good, 'Biên bản họp triển khai.');
    await form.locator('input[type=file]').setInputFiles(good);
    await form.locator('[data-testid=evidence-file][data-status=done]').waitFor();
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText('Đã lưu').first().waitFor();
    await page.locator('.ant-timeline').getByText('bien-ban-hop.txt').waitFor();
    expect(await reports()).toBe(before + 1);
    expect(await form.getByLabel('Kết quả thực hiện').inputValue()).toBe('');
    expect(await form.locator('[data-testid=evidence-file]').count()).toBe(0);
    await context.close();
    // the one refused upload is logged by Chromium as a failed resource (415); nothing else may be
    const refused = errors.filter((e) => e.includes('Failed to load resource') && e.includes('415'));
    expect(refused).toHaveLength(1);
    errors.splice(errors.indexOf(refused[0]!), 1);
    expect(errors).toEqual([]);
  }, 120_000);

  it('#9.17 an officer is offered neither the admin nor the import screen, nor the office’s steps', async () => {
    const { context, page } = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    await page.goto('/viec');
    const menu = page.locator('.ant-menu');
    await menu.getByText('Tổng hợp').waitFor();
    expect(await menu.getByText('Quản trị').count()).toBe(0);
    expect(await menu.getByText('Nhập văn bản').count()).toBe(0);
    expect(await menu.getByText('Hàng chờ xử lý').count()).toBe(0);
    const [mine] = await find(page, 'state=in_progress&pageSize=1');
    await page.goto(`/nhiem-vu/${mine!.id}`);
    await page.getByRole('tab', { name: 'Báo cáo tiến độ' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Nhắc việc' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Hủy nhiệm vụ' }).count()).toBe(0);
    // a link typed or pasted from a chat opens a refusal, not the screen
    for (const screen of ['/quan-tri', '/nhap-van-ban', '/hang-cho']) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1, name: 'Không có quyền mở màn hình này' }).waitFor();
      expect(await page.locator('input[type=file]').count()).toBe(0);
    }
    await context.close();

    const office = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
    const officeMenu = office.page.locator('.ant-menu');
    await officeMenu.getByText('Nhập văn bản').waitFor();
    expect(await officeMenu.getByText('Quản trị').count()).toBe(0);
    await office.context.close();
  }, 60_000);

  it('#9.19 #9.20 from the queues the office grants another date than asked, and answers then resolves an obstacle', async () => {
    const unit = await signedIn(browser, base, OFFICER, PASSWORD, errors);
    const { csrfToken } = (await (await unit.page.request.get('/api/auth/me')).json()) as {
      csrfToken: string;
    };
    const post = (url: string, data: unknown) =>
      unit.page.request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
    const open = [
      ...(await find(unit.page, 'state=in_progress&pageSize=50')),
      ...(await find(unit.page, 'state=assigned&pageSize=50')),
    ].filter((a) => a.dueDate && a.dueDate < '2028-01-01');
    // the first open assignment without a pending request takes the extension request
    let target: Item | undefined;
    let extensionId = 0;
    for (const a of open) {
      const res = await post(`/api/assignments/${a.id}/extensions`, {
        requestedDue: '2028-12-31',
        reason: 'Chờ phân bổ kinh phí.',
      });
      if (res.status() === 201) {
        target = a;
        extensionId = ((await res.json()) as { extensionId: number }).extensionId;
        break;
      }
    }
    expect(target).toBeDefined();
    const reported = await post(`/api/assignments/${target!.id}/reports`, {
      percent: 20,
      narrative: 'Đang triển khai.',
      obstacles: 'Chưa có hướng dẫn của bộ về biểu mẫu.',
    });
    expect(reported.status()).toBe(201);
    const { reportId } = (await reported.json()) as { reportId: number };
    await unit.context.close();

    const { context, page } = await signedIn(browser, base, 'vanphong', PASSWORD, errors);
    await page.goto('/hang-cho');
    await page.getByRole('tab', { name: /Đề nghị gia hạn/ }).click();
    const decision = page.getByTestId(`extension-decision-${extensionId}`);
    await decision.getByLabel('Gia hạn đến ngày').fill('30/09/2028');
    await decision.getByLabel('Gia hạn đến ngày').press('Enter');
    await decision.getByLabel('Ý kiến, lý do').fill('Gia hạn đến hết quý III/2028.');
    await decision.getByRole('button', { name: 'Chấp thuận', exact: true }).click();
    await decision.waitFor({ state: 'detached' });
    const granted = (await (await page.request.get(`/api/assignments/${target!.id}`)).json()) as {
      dueDate: string;
      timeline: { kind: string; approvedDue?: string; decidedBy?: string; decidedAt?: string }[];
    };
    expect(granted.dueDate).toBe('2028-09-30');
    expect(granted.timeline.filter((e) => e.kind === 'extension').at(-1)).toMatchObject({
      approvedDue: '2028-09-30',
      decidedBy: expect.any(String),
      decidedAt: expect.any(String),
    });

    await page.getByRole('tab', { name: /Khó khăn, vướng mắc/ }).click();
    const obstacle = page.getByTestId(`obstacle-${reportId}`);
    await obstacle
      .getByLabel('Nội dung trả lời, ý kiến xử lý')
      .fill('Dùng biểu mẫu tạm theo Công văn 12/VP.');
    await obstacle.getByRole('button', { name: 'Trả lời' }).click();
    await page.getByText('Dùng biểu mẫu tạm theo Công văn 12/VP.').first().waitFor();
    await shot(page, 'office-obstacle-answered');
    expect(await axeOnContent(page)).toEqual([]);
    await obstacle.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await obstacle.waitFor({ state: 'detached' });
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
