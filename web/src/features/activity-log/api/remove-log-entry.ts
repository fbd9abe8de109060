import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { refreshAfterReport } from './refresh-after-report.js';

export function removeLogEntry(collaborationId: string, logId: string): Promise<void> {
  return apiRequest<void>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activity-logs/${encodeURIComponent(logId)}`, {
    method: 'DELETE',
  });
}

export function useRemoveLogEntry(collaborationId: string, activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (logId: string) => removeLogEntry(collaborationId, logId),
    onSuccess: () => refreshAfterReport(queryClient, collaborationId, activityId),
  });
}
