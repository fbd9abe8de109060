import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateFocusAreaInput, FocusArea } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function createFocusArea(collaborationId: string, input: CreateFocusAreaInput): Promise<FocusArea> {
  return apiRequest<FocusArea>(`/api/collaborations/${encodeURIComponent(collaborationId)}/focus-areas`, { method: 'POST', body: input });
}

export function useCreateFocusArea(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFocusAreaInput) => createFocusArea(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.focusAreas(collaborationId) }),
  });
}
