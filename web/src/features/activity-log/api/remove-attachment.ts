import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function removeAttachment(collaborationId: string, logId: string, attachmentId: string): Promise<void> {
  return apiRequest<void>(
    `/api/collaborations/${encodeURIComponent(collaborationId)}/activity-logs/${encodeURIComponent(logId)}/attachments/${encodeURIComponent(attachmentId)}`,
    { method: 'DELETE' },
  );
}

export function useRemoveAttachment(collaborationId: string, activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ logId, attachmentId }: { logId: string; attachmentId: string }) => removeAttachment(collaborationId, logId, attachmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.activityLog(collaborationId, activityId) }),
  });
}
