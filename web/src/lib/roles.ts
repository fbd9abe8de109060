import type { MemberRole } from './api-types.js';

/** Lowest to highest; the server enforces the same order. */
export const memberRoles = ['viewer', 'contributor', 'coordinator', 'admin'] as const satisfies readonly MemberRole[];

// Fails to compile if the server ever adds a role this list lacks.
const everyRoleListed: Exclude<MemberRole, (typeof memberRoles)[number]> extends never ? true : false = true;
void everyRoleListed;

export function roleAtLeast(role: MemberRole, needed: MemberRole): boolean {
  return memberRoles.indexOf(role) >= memberRoles.indexOf(needed);
}
