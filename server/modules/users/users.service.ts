import type { Db } from '#server/db/client.js';
import { isUniqueViolation } from '#server/db/errors.js';
import { AppError } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { hashPassword } from './password.js';
import { presentUser } from './users.presenter.js';
import { findUserByEmail, insertUser, type UserRow } from './users.repo.js';

export interface NewUser {
  email: string;
  displayName: string;
  password?: string | undefined;
  isSystemAdmin?: boolean | undefined;
}

export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<UserRow> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const conflict = () =>
    new AppError('CONFLICT', 'Det finns redan ett konto med den e-postadressen.', [
      { field: 'body.email', message: 'E-postadressen används redan.' },
    ]);
  if (await findUserByEmail(db, input.email)) throw conflict();
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      isSystemAdmin: input.isSystemAdmin ?? false,
    });
    await recordAudit(tx, actor, { collaborationId: null, action: 'create', entityType: 'user', entityId: user.id, after: presentUser(user) });
    return user;
  }).catch((err: unknown) => {
    throw isUniqueViolation(err) ? conflict() : err;
  });
}
