import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { MemberRole } from '#server/http/access.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createCollaboration } from '#server/modules/collaborations/collaborations.service.js';
import { addMember } from '#server/modules/members/members.service.js';
import { findMunicipalityByCode } from '#server/modules/organisations/organisations.repo.js';
import { createOrganisation } from '#server/modules/organisations/organisations.service.js';
import { createUser } from '#server/modules/users/users.service.js';

export const TEST_PASSWORD = 'test-lösenord-123';

const unique = () => randomBytes(4).toString('hex');

export async function buildUser(db: Db, overrides: { email?: string; displayName?: string; isSystemAdmin?: boolean; password?: string | null } = {}) {
  const email = overrides.email ?? `user-${unique()}@test.se`;
  return createUser(db, systemActor('test'), {
    email,
    displayName: overrides.displayName ?? `Testperson ${email.split('@')[0]}`,
    password: overrides.password === null ? undefined : (overrides.password ?? TEST_PASSWORD),
    isSystemAdmin: overrides.isSystemAdmin ?? false,
  });
}

/** A collaboration of one kommun and a new police area. */
export async function buildCollaboration(db: Db, overrides: { name?: string; municipalityCode?: string } = {}) {
  const kommun = await findMunicipalityByCode(db, overrides.municipalityCode ?? '2417');
  if (!kommun) throw new Error('reference data missing');
  const lpo = await db.transaction((tx) =>
    createOrganisation(tx, systemActor('test'), { kind: 'lokalpolisomrade', name: `LPO ${unique()}` }, null),
  );
  const collaboration = await createCollaboration(db, systemActor('test'), {
    name: overrides.name ?? `Samverkan ${unique()}`,
    description: '',
    partyIds: [kommun.id, lpo.id],
  });
  return { collaboration, kommun, lpo };
}

export async function buildMember(db: Db, collaborationId: string, role: MemberRole, organisationId: string | null = null) {
  const user = await buildUser(db);
  await addMember(db, systemActor('test'), collaborationId, { email: user.email, role, organisationId, title: '' });
  return user;
}

export interface Client {
  cookie: string;
  csrfToken: string;
  /** inject() with the session cookie and CSRF header. */
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookieHeader = res.headers['set-cookie'];
  const cookie = String(Array.isArray(cookieHeader) ? cookieHeader[0] : cookieHeader).split(';')[0] ?? '';
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    request: (opts) =>
      app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie, 'x-csrf-token': csrfToken } } as InjectOptions),
  };
}
