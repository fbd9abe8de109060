import type { Db } from '#server/db/client.js';
import { newSecret, sha256 } from '#server/http/crypto.js';
import { AppError } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '#server/modules/users/password.js';
import { findUserByEmail, findUserById, updateUser, type UserRow } from '#server/modules/users/users.repo.js';
import { deleteExpiredSessions, deleteOtherSessions, deleteSession, insertSession } from './session.repo.js';

export interface NewSession {
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

export async function startSession(db: Db, user: UserRow, ttlHours: number, actor: Actor, method: string): Promise<NewSession> {
  const cookieValue = newSecret(32);
  const csrfToken = newSecret(24);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.transaction(async (tx) => {
    await deleteExpiredSessions(tx, now);
    await insertSession(tx, { tokenHash: sha256(cookieValue), userId: user.id, csrfToken, expiresAt });
    await recordAudit(tx, { ...actor, userId: user.id, label: user.displayName || user.email }, {
      collaborationId: null,
      action: 'sign-in',
      entityType: 'user',
      entityId: user.id,
      after: { method },
    });
  });
  return { cookieValue, csrfToken, expiresAt, user };
}

/** Checks e-mail and password; the same answer and similar time whether the account exists or not. */
export async function authenticateLocal(db: Db, email: string, password: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    throw new AppError('UNAUTHENTICATED', 'Fel e-postadress eller lösenord.');
  }
  return user;
}

export async function endSession(db: Db, tokenHash: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    if (actor.userId) {
      await recordAudit(tx, actor, { collaborationId: null, action: 'sign-out', entityType: 'user', entityId: actor.userId });
    }
  });
}

export async function changePassword(
  db: Db,
  actor: Actor,
  userId: string,
  keepSessionHash: string,
  input: { currentPassword?: string | undefined; newPassword: string },
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'Kontot finns inte.');
  if (user.passwordHash) {
    const ok = input.currentPassword !== undefined && (await verifyPassword(user.passwordHash, input.currentPassword));
    if (!ok) {
      throw new AppError('VALIDATION', 'Nuvarande lösenord stämmer inte.', [
        { field: 'body.currentPassword', message: 'Nuvarande lösenord stämmer inte.' },
      ]);
    }
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, { passwordHash });
    // A changed password signs out every other browser.
    await deleteOtherSessions(tx, userId, keepSessionHash);
    await recordAudit(tx, actor, { collaborationId: null, action: 'password-change', entityType: 'user', entityId: userId });
  });
}
