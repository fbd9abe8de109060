// The API's shapes, inferred from the server's zod schemas (the same source as the OpenAPI document),
// so no shape is written twice. Type-only imports: nothing from the server reaches the browser bundle.
import type { z } from 'zod';
import type { MemberRole as ServerMemberRole } from '#server/http/access.js';
import type { CollaborationDto } from '#server/modules/collaborations/collaborations.schemas.js';
import type { MemberDto } from '#server/modules/members/members.schemas.js';
import type { OrganisationDto } from '#server/modules/organisations/organisations.schemas.js';
import type { authConfigSchema, sessionSchema } from '#server/modules/session/session.schemas.js';
import type { createdTokenSchema, tokenSchema } from '#server/modules/tokens/tokens.schemas.js';
import type { UserDto } from '#server/modules/users/users.schemas.js';

export type MemberRole = ServerMemberRole;
export type Collaboration = CollaborationDto;
export type Member = MemberDto;
export type Organisation = OrganisationDto;
export type OrganisationKind = Organisation['kind'];
export type User = UserDto;
export type Locale = User['locale'];
export type Session = z.infer<typeof sessionSchema>;
export type AuthConfig = z.infer<typeof authConfigSchema>;
export type ApiToken = z.infer<typeof tokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;

/** GET /api/collaborations/:id/audit; the server keeps this schema private to its route file, so it is spelled out here. */
export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}
