import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../test/api-harness';
import { followDirective } from '../../test/report-world';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;

/** GET /api/reports (the preview) and /api/reports/export: the same figures, the right people. */
describe('the periodic report’s routes', () => {
  let world: World;
  let ids: Record<string, number>;
  let leader: Client;
  const q = () => `period=2025-11&directiveId=${ids.directive}`;

  beforeAll(async () => {
    world = await createWorld('pglite');
    ids = await followDirective(world);
    leader = await world.as('lanhdao');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('previews the report at the cut-off as JSON', async () => {
    const res = await leader.get(`/api/reports?${q()}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Json;
    expect(report.period).toMatchObject({ key: '2025-11', from: '2025-10-15', to: '2025-11-14' });
    expect(report.summary).toMatchObject({
      total: 4,
      doneOnTime: 1,
      doneLate: 1,
      openWithinDeadline: 1,
      openOverdue: 1,
    });
  });

  it('refuses a period that is not one, in Vietnamese', async () => {
    const res = await leader.get('/api/reports?period=2025-13');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.details[0].message).toMatch(/Kỳ báo cáo có dạng/);
    expect((await leader.get('/api/reports')).status).toBe(400);
  });

  it('downloads each format with its media type, the XLSX with the preview’s figures', async () => {
    const types: Record<string, string> = {
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      pdf: 'application/pdf',
      csv: 'text/csv; charset=utf-8',
    };
    for (const [format, type] of Object.entries(types)) {
      const res = await leader.get(
        `/api/reports/export?${q()}&format=${format}&place=Th%E1%BB%AD%20Nghi%E1%BB%87m`,
      );
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bao-cao-2025-11.${format}"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(100);
      if (format === 'xlsx') {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes.buffer as ArrayBuffer);
        expect(book.getWorksheet('Nhiệm vụ')!.rowCount).toBe(5);
      }
    }
  });

  it('gives an officer their own unit’s report', async () => {
    const officer = await world.as('canbo.taichinh');
    const report = (await (await officer.get('/api/reports?period=2025-11')).json()) as Json;
    expect(report.scope.label).toBe('Sở Tài chính và các đơn vị trực thuộc');
    expect(new Set(report.tasks.map((t: Json) => t.unit))).toEqual(new Set(['Sở Tài chính']));
  });

  it('downloads the work list as XLSX with the filters applied and stated', async () => {
    const filtered = `lead=true&timeliness=done_late&directiveId=${ids.directive}`;
    const list = (await (await leader.get(`/api/assignments?${filtered}`)).json()) as Json;
    const res = await leader.get(`/api/assignments/export?${filtered}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = book.getWorksheet('Danh sách nhiệm vụ')!;
    expect(String(sheet.getCell('A2').value)).toBe(
      'Bộ lọc: Văn bản: Công văn số 21/UBND-TH; Chỉ đơn vị chủ trì; Tình trạng: Hoàn thành quá hạn',
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    const rows = sheet.getRows(6, sheet.rowCount - 5) ?? [];
    expect(rows.map((r) => r.getCell(3).value)).toEqual(
      list.items.map((a: Json) => `${a.task.ref}. ${a.task.text}`),
    );
    expect(rows.map((r) => r.getCell(8).value)).toEqual(['Hoàn thành quá hạn', 'Hoàn thành quá hạn']);
  });
});
