import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys.js';

/** A report changes the activity's log and every status computed from it. */
export async function refreshAfterReport(queryClient: QueryClient, collaborationId: string, activityId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: queryKeys.activityLog(collaborationId, activityId) });
  await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
}
