import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { FocusArea, UpdateFocusAreaInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdateFocusAreaRequest {
  focusAreaId: string;
  /** The focus area's version when the user started editing. */
  version: number;
  changes: UpdateFocusAreaInput;
}

export function updateFocusArea(collaborationId: string, { focusAreaId, version, changes }: UpdateFocusAreaRequest): Promise<FocusArea> {
  return apiRequest<FocusArea>(`/api/collaborations/${encodeURIComponent(collaborationId)}/focus-areas/${encodeURIComponent(focusAreaId)}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: version,
  });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleFocusAreaOf(error: unknown): FocusArea | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: FocusArea } | undefined)?.current ?? null;
}

export function useUpdateFocusArea(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateFocusAreaRequest) => updateFocusArea(collaborationId, request),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.focusAreas(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
