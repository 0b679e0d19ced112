import { can, type TokenScope } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { authorize } from './authorize';
import type { UserRow } from './load-actor';
import { newToken, tokenHash } from './tokens';

/** What an API token may do: read only (GET), or also write (the domain's closed set). */
export type { TokenScope };

export interface NewApiToken {
  name: string;
  scope: TokenScope;
  /** Days until the token stops working. */
  expiresInDays: number;
}

const columns = [
  'api_tokens.id',
  'api_tokens.name',
  'api_tokens.scope',
  'api_tokens.created_at as createdAt',
  'api_tokens.expires_at as expiresAt',
  'api_tokens.last_used_at as lastUsedAt',
  'api_tokens.revoked_at as revokedAt',
  'api_tokens.revoked_reason as revokedReason',
  'users.id as userId',
  'users.username',
] as const;

/** A new token for the acting user; the secret is returned once and only its hash is kept. */
export async function createApiToken(ctx: Ctx, input: NewApiToken) {
  const token = newToken();
  return transaction(ctx.db, async (db) => {
    const row = await db
      .insertInto('api_tokens')
      .values({
        user_id: ctx.actor.userId,
        name: input.name,
        scope: input.scope,
        token_hash: tokenHash(token),
        expires_at: new Date(ctx.now().getTime() + input.expiresInDays * 86_400_000),
      })
      .returning(['id', 'name', 'scope', 'expires_at as expiresAt'])
      .executeTakeFirstOrThrow();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'token.create',
      entity: 'api_token',
      entityId: row.id,
      after: { name: row.name, scope: row.scope, expiresAt: row.expiresAt },
    });
    return { ...row, token };
  });
}

/** The acting user's tokens, newest first; an admin sees everyone's. */
export async function listApiTokens(ctx: Ctx) {
  let q = ctx.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(columns);
  if (!can(ctx.actor, 'token.manage_all')) q = q.where('api_tokens.user_id', '=', ctx.actor.userId);
  const rows = await q.orderBy('api_tokens.id', 'desc').limit(500).execute();
  const now = ctx.now();
  return rows.map((r) => ({ ...r, active: !r.revokedAt && r.expiresAt > now }));
}

/** Ends one token: its owner's, or any for an admin. */
export async function revokeApiToken(ctx: Ctx, id: number, reason = 'revoked'): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const row = await db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'name', 'revoked_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Không tìm thấy mã truy cập.');
    authorize(ctx.actor, 'token.revoke', { kind: 'token', ownerId: row.user_id });
    if (row.revoked_at) return;
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: ctx.now(), revoked_reason: reason })
      .where('id', '=', id)
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: id,
      after: { name: row.name, owner: row.user_id, reason },
    });
  });
}

/** Ends every token of a user, as a password reset or a locked account must. */
export async function revokeUserTokens(db: Db, userId: number, now: Date, reason: string): Promise<number> {
  const rows = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

/** The user behind an API token ("Authorization: Bearer …"); null when unknown, revoked or expired. */
export async function userFromApiToken(
  db: Db,
  token: string,
  now: Date,
): Promise<(UserRow & { tokenId: number; tokenScope: TokenScope }) | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_id',
      'api_tokens.id as tokenId',
      'api_tokens.scope as tokenScope',
    ])
    .where('api_tokens.token_hash', '=', tokenHash(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.tokenId).execute();
  return row;
}
