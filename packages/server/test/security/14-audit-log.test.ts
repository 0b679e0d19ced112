import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify-audit';
import type { Engine } from '../../src/db/database';
import { sqlState } from '../../src/db/pg-error';
import { PASSWORD } from '../api-harness';
import { testEngines } from '../engines';
import { newWorld } from '../factories';

/** A province of its own for each test, with helpers to sign in from a known address and read the last audit row. */
async function audited(engine: Engine) {
  const world = await newWorld(engine);
  const fromSocket = {
    incoming: { socket: { remoteAddress: '203.0.113.7', remotePort: 50000, remoteFamily: 'IPv4' } },
  };
  const login = (username: string, password: string) =>
    world.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'TrinhDuyetThu/1.0' },
        body: JSON.stringify({ username, password }),
      },
      fromSocket,
    );
  const lastAudit = () =>
    world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
  return { world, login, lastAudit };
}

// a busy machine makes the first logins slow
describe.each(testEngines())('#10.14 the audit log, on %s', { timeout: 180_000 }, (engine) => {
  it('#10.14 a failed login is recorded with no actor, for unknown users too, with address and user agent', async () => {
    const { login, lastAudit } = await audited(engine);
    expect((await login('vanphong', 'sai-mat-khau')).status).toBe(401);
    expect(await lastAudit()).toMatchObject({
      actor_id: null,
      action: 'login.failed',
      entity_id: 'vanphong',
      ip: '203.0.113.7',
      user_agent: 'TrinhDuyetThu/1.0',
    });
    expect((await login('khong-co-ai', 'sai-mat-khau')).status).toBe(401);
    expect(await lastAudit()).toMatchObject({
      actor_id: null,
      action: 'login.failed',
      entity_id: 'khong-co-ai',
    });
    expect((await login('vanphong', PASSWORD)).status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'login', ip: '203.0.113.7' });
  });

  it('#10.14 logout is recorded', async () => {
    const { world, lastAudit } = await audited(engine);
    const client = await world.as('canbo.khcn');
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const row = await lastAudit();
    expect(row.action).toBe('logout');
    expect(row.actor_id).not.toBeNull();
  });

  it('#10.14 a units import keeps which units it changed, before and after', async () => {
    const { world, lastAudit } = await audited(engine);
    const admin = await world.as('admin');
    const csv =
      'name,short_name,kind,parent,aliases\nSở Tài chính,STC,department,Ủy ban nhân dân tỉnh Thử Nghiệm,\n';
    expect(
      (await admin.raw('/api/units/import', { method: 'POST', body: csv, contentType: 'text/csv' })).status,
    ).toBe(200);
    const row = await lastAudit();
    expect(row.action).toBe('units.import');
    expect(JSON.stringify(row.after)).toContain('Sở Tài chính');
    expect(JSON.stringify(row.after)).toContain('STC');
  });

  it('#10.14 the database refuses to change or delete a row', async () => {
    const { world } = await audited(engine);
    await world.as('admin'); // a row to refuse to change: the trigger is per row
    const db = world.database.db;
    const update = await sql`update audit_log set action = 'xoá dấu vết'`.execute(db).catch((e) => e);
    expect(sqlState(update)).toBe('42501');
    const remove = await sql`delete from audit_log`.execute(db).catch((e) => e);
    expect(sqlState(remove)).toBe('42501');
    const truncate = await sql`truncate audit_log`.execute(db).catch((e) => e);
    expect(sqlState(truncate)).toBe('42501');
  });

  it('#10.14 rows written at once still form one unbroken chain', async () => {
    const { world } = await audited(engine);
    const client = await world.as('lanhdao');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => client.post('/api/auth/tokens', { name: `Song song ${i}` })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const check = await verifyAuditChain(world.database.db);
    expect(check.broken).toBeNull();
    expect(check.rows).toBeGreaterThan(25);
  });

  it('#10.14 an edited row, or a removed one, breaks the chain where it happened', async () => {
    const { world } = await audited(engine);
    // rows to edit and remove: one login each
    for (const user of ['admin', 'lanhdao', 'vanphong', 'canbo.khcn', 'canbo.phong']) await world.as(user);
    const db = world.database.db;
    const rows = await db.selectFrom('audit_log').select('id').orderBy('id').execute();
    const target = Number(rows[3]!.id);
    await db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(trx);
      await sql`update audit_log set after = '{"sửa":"lén"}' where id = ${target}`.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(trx);
    });
    expect((await verifyAuditChain(db)).broken).toEqual({ id: target, reason: 'hash' });
    const removed = Number(rows[1]!.id);
    await db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(trx);
      await sql`delete from audit_log where id = ${removed}`.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(trx);
    });
    expect((await verifyAuditChain(db)).broken).toEqual({ id: Number(rows[2]!.id), reason: 'link' });
  });
});
