import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/audit/record-audit';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';

const BIN = fileURLToPath(new URL('../../bin/dondoc.mjs', import.meta.url));

describe('#10.14 dondoc audit verify', () => {
  it('#10.14 says the log is whole, then names the row someone edited', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dondoc-audit-'));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
    const database = await openDatabase({ engine: 'pglite', dataDir });
    await migrate(database.db);
    for (const action of ['một', 'hai', 'ba']) {
      await recordAudit(database.db, { actorId: null, action, entity: 'thử', entityId: action });
    }
    await database.close();
    const whole = run('audit', 'verify');
    expect(whole.status).toBe(0);
    expect(whole.stdout).toContain('3 dòng');

    const again = await openDatabase({ engine: 'pglite', dataDir });
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(again.db);
    await sql`update audit_log set entity_id = 'khác' where action = 'hai'`.execute(again.db);
    await again.close();
    const broken = run('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('dòng 2');
  }, 240_000); // two cold starts of the embedded engine
});
