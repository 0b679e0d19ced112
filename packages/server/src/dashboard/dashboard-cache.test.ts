import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/database';
import { transaction } from '../db/transaction';
import { cached } from './dashboard-cache';

const entry = { actorId: null, action: 'test.write', entity: 'test', entityId: 1 };

describe.each(testEngines())('the dashboard cache on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is cleared after the commit, so a read between the write and the commit leaves nothing stale', async () => {
    const key = `${engine}-between`;
    await transaction(database.db, async (trx) => {
      await recordAudit(trx, entry);
      // a read now sees the figures before this write, and caches them
      expect(await cached(key, Date.now(), async () => 'before the commit')).toBe('before the commit');
    });
    expect(await cached(key, Date.now(), async () => 'after the commit')).toBe('after the commit');
  });

  it('does not keep figures computed while a write committed', async () => {
    const key = `${engine}-across`;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const reading = cached(key, Date.now(), async () => {
      await gate;
      return 'read before the commit';
    });
    await transaction(database.db, (trx) => recordAudit(trx, entry));
    release();
    expect(await reading).toBe('read before the commit');
    expect(await cached(key, Date.now(), async () => 'fresh')).toBe('fresh');
  });

  it('keeps figures while nothing is written, and after a rolled-back write', async () => {
    const key = `${engine}-kept`;
    await cached(key, Date.now(), async () => 'kept');
    await expect(
      transaction(database.db, async (trx) => {
        await recordAudit(trx, entry);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await cached(key, Date.now(), async () => 'recomputed')).toBe('kept');
  });
});
