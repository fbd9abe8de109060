import type { Db } from '#server/db/client.js';
import { newSecret, sha256 } from '#server/http/crypto.js';
import { AppError, notFound } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { findToken, insertToken, listTokens, revokeToken, type TokenRow } from './tokens.repo.js';

export function presentToken(t: TokenRow) {
  return {
    id: t.id,
    name: t.name,
    scope: t.scope,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function getTokens(db: Db, collaborationId: string) {
  return (await listTokens(db, collaborationId)).map(presentToken);
}

export async function createToken(db: Db, actor: Actor, collaborationId: string, input: { name: string; scope: 'read' | 'write' }) {
  const secret = `sv_${newSecret(32)}`;
  return db.transaction(async (tx) => {
    const row = await insertToken(tx, {
      collaborationId,
      name: input.name,
      scope: input.scope,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, 10),
      createdBy: actor.userId,
    });
    const token = presentToken(row);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'api-token', entityId: row.id, after: token });
    return { token, secret };
  });
}

export async function revoke(db: Db, actor: Actor, collaborationId: string, tokenId: string) {
  return db.transaction(async (tx) => {
    const current = await findToken(tx, collaborationId, tokenId);
    if (!current) throw notFound('API-nyckeln');
    if (current.revokedAt) throw new AppError('CONFLICT', 'API-nyckeln är redan återkallad.');
    const row = await revokeToken(tx, tokenId, new Date());
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'revoke',
      entityType: 'api-token',
      entityId: tokenId,
      before: presentToken(current),
      after: presentToken(row),
    });
  });
}
