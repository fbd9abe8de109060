import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Locale, Session, User } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdateMeInput {
  displayName?: string;
  locale?: Locale;
}

export function updateMe(input: UpdateMeInput): Promise<User> {
  return apiRequest<User>('/api/users/me', { method: 'PATCH', body: input });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      queryClient.setQueryData<Session | null>(queryKeys.session, (session) => (session ? { ...session, user } : session));
      // Member lists show display names.
      void queryClient.invalidateQueries({ queryKey: queryKeys.collaborations });
    },
  });
}
