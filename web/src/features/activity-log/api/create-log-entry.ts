import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CreateLogInput, LogEntry } from '../../../lib/api-types.js';
import { refreshAfterReport } from './refresh-after-report.js';

export function createLogEntry(collaborationId: string, activityId: string, input: CreateLogInput): Promise<LogEntry> {
  return apiRequest<LogEntry>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activities/${encodeURIComponent(activityId)}/log`, {
    method: 'POST',
    body: input,
  });
}

export function useCreateLogEntry(collaborationId: string, activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLogInput) => createLogEntry(collaborationId, activityId, input),
    onSuccess: () => refreshAfterReport(queryClient, collaborationId, activityId),
  });
}
