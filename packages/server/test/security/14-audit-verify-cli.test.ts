import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordAudit } from '../../src/audit/record-audit';
import { main } from '../../src/cli';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';

describe('#10.14 dondoc audit verify', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('#10.14 says the log is whole, then names the row someone edited', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dondoc-audit-'));
    vi.stubEnv('DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});

    const database = await openDatabase({ engine: 'pglite', dataDir });
    await migrate(database.db);
    for (const action of ['một', 'hai', 'ba']) {
      await recordAudit(database.db, { actorId: null, action, entity: 'thử', entityId: action });
    }
    await database.close();
    expect(await main(['audit', 'verify'])).toBe(0);
    expect(out.mock.calls.flat().join('\n')).toContain('3 dòng');

    const again = await openDatabase({ engine: 'pglite', dataDir });
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(again.db);
    await sql`update audit_log set entity_id = 'khác' where action = 'hai'`.execute(again.db);
    await again.close();
    expect(await main(['audit', 'verify'])).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toContain('dòng 2');
  }, 120_000);
});
