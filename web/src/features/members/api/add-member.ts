import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Member, MemberRole } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface AddMemberInput {
  email: string;
  displayName?: string | undefined;
  role: MemberRole;
  organisationId?: string | null;
  title?: string;
}

export function addMember(collaborationId: string, input: AddMemberInput): Promise<Member> {
  return apiRequest<Member>(`/api/collaborations/${encodeURIComponent(collaborationId)}/members`, { method: 'POST', body: input });
}

export function useAddMember(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMemberInput) => addMember(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.members(collaborationId) }),
  });
}
