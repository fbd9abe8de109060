export const memberRoles = ['viewer', 'contributor', 'coordinator', 'admin'] as const;
export type MemberRole = (typeof memberRoles)[number];

/**
 * Who may call a route. Every /api route must declare one (the app refuses to start otherwise),
 * and the authorization matrix test checks each against every kind of caller.
 */
export type Access =
  | { kind: 'public' }
  /** Any signed-in person (browser session); API tokens are not accepted. */
  | { kind: 'signed-in' }
  | { kind: 'system-admin' }
  /** A member of the collaboration in the route's :collaborationId with at least this role (or a fitting API token). */
  | { kind: 'member'; role: MemberRole };

export const access = {
  public: { kind: 'public' },
  signedIn: { kind: 'signed-in' },
  systemAdmin: { kind: 'system-admin' },
  member: (role: MemberRole): Access => ({ kind: 'member', role }),
} as const satisfies Record<string, Access | ((r: MemberRole) => Access)>;

export function roleRank(role: MemberRole): number {
  return memberRoles.indexOf(role);
}

export function roleAtLeast(role: MemberRole, needed: MemberRole): boolean {
  return roleRank(role) >= roleRank(needed);
}

/** What an API token may do: read tokens act as viewers, write tokens as coordinators (never admins). */
export function roleOfTokenScope(scope: 'read' | 'write'): MemberRole {
  return scope === 'read' ? 'viewer' : 'coordinator';
}
