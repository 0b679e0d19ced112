import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';
import { directiveWithTasks, pdfWithPages, zipBomb } from './hostile-files';

type Refusal = { error: { code: string; message: string; details?: { code: string } } };

describe.each(testEngines())('#10.4 imports are bounded, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine, {
      extractLimits: { maxPages: 50, maxInflatedBytes: 1024 * 1024, maxTasks: 40, timeoutMs: 60_000 },
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  const importFile = async (bytes: Uint8Array, name: string) =>
    (await world.as('vanphong')).upload('/api/directives/import', bytes, name);
  const refusal = async (res: Response) => {
    expect(res.status).toBe(422);
    return ((await res.json()) as Refusal).error;
  };
  const drafts = async () =>
    Number(
      (
        await world.database.db
          .selectFrom('directives')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('#10.4 a PDF with more pages than the cap is refused before its pages are read', async () => {
    const error = await refusal(await importFile(pdfWithPages(2_000), 'dai.pdf'));
    expect(error.details?.code).toBe('too_large');
    expect(error.message).toContain('2000 trang');
    expect(error.message).toContain('50 trang');
  });

  it('#10.4 a zip-bomb DOCX is refused by the size it inflates to', async () => {
    const honest = await refusal(await importFile(zipBomb(8 * 1024 * 1024), 'bom.docx'));
    expect(honest.details?.code).toBe('too_large');
    expect(honest.message).toContain('giải nén');
    // one that claims 2 GB is refused on its word, without inflating anything
    const claimed = await refusal(await importFile(zipBomb(1024, 2 ** 31), 'bom-2gb.docx'));
    expect(claimed.message).toContain('giải nén');
  });

  it('#10.4 a text that makes more tasks than the cap is refused, and no draft is written', async () => {
    const before = await drafts();
    const res = await (await world.as('vanphong')).post('/api/directives/import', {
      text: directiveWithTasks(60),
    });
    const error = await refusal(res);
    expect(error.details?.code).toBe('too_many_tasks');
    expect(error.message).toMatch(/60 nhiệm vụ.*40 nhiệm vụ/);
    expect(await drafts()).toBe(before);
    // under the cap it imports as before
    const ok = await (await world.as('vanphong')).post('/api/directives/import', {
      text: directiveWithTasks(5),
    });
    expect(ok.status).toBe(201);
  });
});

describe('#10.4 extraction runs in a bounded worker thread', () => {
  it('#10.4 an extraction past its deadline is stopped, and the server answers others meanwhile', async () => {
    const world = await createWorld('pglite', { extractLimits: { maxPages: 1_000_000, timeoutMs: 8000 } });
    try {
      const office = await world.as('vanphong');
      const reader = await world.as('canbo.khcn');
      let settled = false;
      // about 20,000 pages: reading them all takes minutes, far past the deadline
      const pending = office
        .upload('/api/directives/import', pdfWithPages(20_000), 'rat-dai.pdf')
        .finally(() => {
          settled = true;
        });
      for (let i = 0; i < 3; i++) {
        const me = await reader.get('/api/auth/me');
        expect(me.status).toBe(200);
      }
      expect((await reader.get('/api/assignments')).status).toBe(200);
      expect(settled).toBe(false);
      const res = await pending;
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as Refusal;
      expect(error.details?.code).toBe('time_limit');
      expect(error.message).toContain('8 giây');
    } finally {
      await world.close();
    }
  }, 120_000);

  it('#10.4 an extraction past its memory limit is stopped with a refusal', async () => {
    const world = await createWorld('pglite', { extractLimits: { memoryMb: 8 } });
    try {
      const res = await (await world.as('vanphong')).post('/api/directives/import', {
        text: directiveWithTasks(3000),
      });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as Refusal;
      expect(error.details?.code).toBe('memory_limit');
      expect(error.message).toContain('bộ nhớ');
    } finally {
      await world.close();
    }
  }, 120_000);
});
