import { loadActor } from '../src/auth/load-actor';
import type { Ctx } from '../src/context';
import { refreshAllStatuses } from '../src/jobs/refresh-statuses';
import type { Client, World } from './api-harness';

export const REPORT_DIRECTIVE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 21/UBND-TH',
  'V/v thực hiện các nhiệm vụ trọng tâm năm 2025',
  'Thử Nghiệm, ngày 01 tháng 9 năm 2025',
  'Kính gửi: Các sở, ban, ngành tỉnh.',
  'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
  '1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng đề án chuyển đổi số, hoàn thành trước ngày 30/9/2025.',
  '2. Giao Sở Tài chính chủ trì rà soát định mức chi thường xuyên, hoàn thành trước ngày 15/10/2025.',
  '3. Giao Sở Khoa học và Công nghệ chủ trì số hóa hồ sơ lưu trữ, hoàn thành trước ngày 31/10/2025.',
  '4. Giao Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công định kỳ hằng quý.',
  '5. Giao Sở Tài chính chủ trì xây dựng báo cáo tổng kết, hoàn thành trước ngày 30/11/2025.',
  'Nơi nhận:',
  '- Như trên;',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

/**
 * For the periodic report's tests: a directive followed from September to December 2025, then reported on at past cut-offs: each
 * report shows the state of its day, rebuilt from the history, not today's.
 */
export async function followDirective(world: World) {
  const ids: Record<string, number> = {};
  const who: Record<string, Client> = {};
  const travel = async (to: string) => {
    world.clock.now = new Date(to);
    who.office = await world.as('vanphong');
    who.science = await world.as('canbo.khcn');
    who.finance = await world.as('canbo.taichinh');
    await refreshAllStatuses(world.database.db, world.clock.now, 7);
  };
  const mine = async (c: Client, ref: string) => {
    const page = await json(await c.get('/api/assignments?pageSize=200'));
    return page.items.find((a: Json) => a.task.ref === ref && a.role === 'lead').id as number;
  };
  const ok = async (res: Promise<Response>) => {
    const r = await res;
    if (r.status >= 300) throw new Error(`${r.status} ${await r.text()}`);
    return r;
  };
  const claim = (c: Client, id: number) =>
    ok(
      c.post(`/api/assignments/${id}/claim`, {
        narrative: 'Đã hoàn thành.',
        evidence: [{ url: 'https://example.gov.vn/kq' }],
      }),
    );
  const accept = (id: number) =>
    ok(who.office!.post(`/api/assignments/${id}/verification`, { decision: 'accept' }));

  await travel('2025-09-01T02:00:00Z');
  const draft = await json(await who.office!.post('/api/directives/import', { text: REPORT_DIRECTIVE }));
  await ok(who.office!.post(`/api/directives/${draft.id}/publish`, { version: draft.version }));
  ids.directive = draft.id;
  for (const ref of ['1', '3']) ids[ref] = await mine(who.science!, ref);
  for (const ref of ['2', '4', '5']) ids[ref] = await mine(who.finance!, ref);

  await travel('2025-09-20T03:00:00Z');
  await ok(
    who.science!.post(`/api/assignments/${ids['1']}/reports`, {
      percent: 50,
      narrative: 'Đã xây dựng dự thảo đề án.',
      obstacles: 'Thiếu kinh phí thuê tư vấn.',
    }),
  );
  await travel('2025-09-25T03:00:00Z');
  await claim(who.science!, ids['1']!);
  await accept(ids['1']!);
  await travel('2025-10-05T03:00:00Z');
  await ok(
    who.finance!.post(`/api/assignments/${ids['2']}/reports`, { percent: 30, narrative: 'Đang rà soát.' }),
  );
  // after the October cut-off (14/10): task 2 done late, task 3 reported with an obstacle
  await travel('2025-10-20T03:00:00Z');
  await claim(who.finance!, ids['2']!);
  await travel('2025-10-21T03:00:00Z');
  await accept(ids['2']!);
  await travel('2025-10-25T03:00:00Z');
  await ok(
    who.science!.post(`/api/assignments/${ids['3']}/reports`, {
      percent: 60,
      narrative: 'Đã số hóa 60% hồ sơ.',
      obstacles: 'Chờ hướng dẫn của Bộ Nội vụ về định dạng lưu trữ.',
    }),
  );
  await travel('2025-11-01T03:00:00Z');
  await ok(
    who.office!.post(`/api/assignments/${ids['4']}/cancel`, {
      reason: 'Đã chuyển sang chế độ báo cáo khác.',
    }),
  );
  // after the November cut-off (14/11): task 3 done late, task 5's deadline moved
  await travel('2025-11-20T03:00:00Z');
  await claim(who.science!, ids['3']!);
  await accept(ids['3']!);
  await ok(
    who.office!.post(`/api/assignments/${ids['5']}/deadline`, {
      dueDate: '2025-12-31',
      decisionRef: '99/UBND-TH',
      decisionDate: '2025-11-20',
      decidedBy: 'Nguyễn Văn An',
    }),
  );
  await travel('2025-12-02T03:00:00Z');
  return ids;
}

export async function ctxAs(world: World, username: string): Promise<Ctx> {
  const user = await world.database.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'unit_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    db: world.database.db,
    actor: await loadActor(world.database.db, user),
    now: () => world.clock.now,
    files: world.files,
    dueSoonDays: 7,
  };
}
