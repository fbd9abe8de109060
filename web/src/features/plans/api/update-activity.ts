import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { Activity, UpdateActivityInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export interface UpdateActivityRequest {
  activityId: string;
  /** The activity's version when the user started editing. */
  version: number;
  changes: UpdateActivityInput;
}

export function updateActivity(collaborationId: string, { activityId, version, changes }: UpdateActivityRequest): Promise<Activity> {
  return apiRequest<Activity>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: version,
  });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleActivityOf(error: unknown): Activity | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Activity } | undefined)?.current ?? null;
}

export function useUpdateActivity(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateActivityRequest) => updateActivity(collaborationId, request),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.activity(collaborationId, saved.id), saved),
    onSettled: async (_saved, _error, request) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.activity(collaborationId, request.activityId), exact: true });
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
