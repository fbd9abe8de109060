import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Member, MemberRole } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdateMemberInput {
  userId: string;
  /** The member's version when the user started editing. */
  version: number;
  role: MemberRole;
  organisationId: string | null;
  title: string;
}

export function updateMember(collaborationId: string, { userId, version, ...body }: UpdateMemberInput): Promise<Member> {
  return apiRequest<Member>(`/api/collaborations/${encodeURIComponent(collaborationId)}/members/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body,
    ifMatch: version,
  });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleMemberOf(error: unknown): Member | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Member } | undefined)?.current ?? null;
}

export function useUpdateMember(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMemberInput) => updateMember(collaborationId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.members(collaborationId) }),
  });
}
