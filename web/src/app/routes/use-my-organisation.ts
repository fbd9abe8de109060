import { useSession } from '../../features/auth/api/get-session.js';
import { useMembers } from '../../features/members/api/get-members.js';
import type { Organisation } from '../../lib/api-types.js';

/** The organisation the signed-in user acts for in this collaboration: null for none, undefined while unknown. */
export function useMyOrganisation(collaborationId: string): Organisation | null | undefined {
  const session = useSession();
  const members = useMembers(collaborationId);
  const userId = session.data?.user.id;
  if (!userId || !members.data) return undefined;
  const me = members.data.find((m) => m.userId === userId);
  // A system administrator outside the member list acts for no organisation.
  return me ? (me.organisation ?? null) : null;
}
