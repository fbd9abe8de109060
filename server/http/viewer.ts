import type { FastifyRequest } from 'fastify';
import type { MemberRole } from './access.js';
import { AppError } from './errors.js';

/** Who is asking inside a collaboration: their role and the organisation they act for decide what they see and may change. */
export interface Viewer {
  userId: string | null;
  role: MemberRole;
  organisationId: string | null;
}

export function viewerOf(request: FastifyRequest): Viewer {
  return { userId: request.auth.user?.id ?? null, role: request.auth.role ?? 'viewer', organisationId: request.auth.organisationId };
}

/** The organisation a new or changed row is restricted to, when the person asks for "endast min organisation". */
export function restrictedOrganisation(restricted: boolean, viewer: Viewer): string | null {
  if (!restricted) return null;
  if (!viewer.organisationId) {
    throw new AppError('VALIDATION', 'Du företräder ingen organisation i samverkan, så detta kan inte begränsas till en.', [
      { field: 'body.restricted', message: 'Be en administratör koppla dig till din organisation.' },
    ]);
  }
  return viewer.organisationId;
}
