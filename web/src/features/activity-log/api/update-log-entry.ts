import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { LogEntry, UpdateLogInput } from '../../../lib/api-types.js';
import { refreshAfterReport } from './refresh-after-report.js';

export interface UpdateLogRequest {
  logId: string;
  /** The entry's version when the user started editing. */
  version: number;
  changes: UpdateLogInput;
}

export function updateLogEntry(collaborationId: string, { logId, version, changes }: UpdateLogRequest): Promise<LogEntry> {
  return apiRequest<LogEntry>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activity-logs/${encodeURIComponent(logId)}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: version,
  });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function staleLogEntryOf(error: unknown): LogEntry | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: LogEntry } | undefined)?.current ?? null;
}

export function useUpdateLogEntry(collaborationId: string, activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateLogRequest) => updateLogEntry(collaborationId, request),
    onSettled: () => refreshAfterReport(queryClient, collaborationId, activityId),
  });
}
