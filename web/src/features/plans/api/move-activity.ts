import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { updateActivity } from './update-activity.js';

/**
 * The sort orders after moving one activity a step: the two swap places. When the stored orders
 * tie (so a swap would change nothing) every row is numbered afresh. Only rows whose order changes are returned.
 */
export function reorderedActivities(activities: readonly Activity[], index: number, step: -1 | 1): { activity: Activity; sortOrder: number }[] {
  const target = index + step;
  if (index < 0 || target < 0 || target >= activities.length) return [];
  const order = [...activities];
  [order[index], order[target]] = [order[target]!, order[index]!];
  const values = activities.map((a) => a.sortOrder);
  const increasing = values.every((v, i) => i === 0 || v > values[i - 1]!);
  const next = order.map((activity, i) => ({ activity, sortOrder: increasing ? values[i]! : i }));
  return next.filter(({ activity, sortOrder }) => activity.sortOrder !== sortOrder);
}

export interface MoveActivityRequest {
  activities: readonly Activity[];
  index: number;
  step: -1 | 1;
}

/** "Flytta upp" / "Flytta ned": each changed row is saved with its own version (If-Match). */
export function useMoveActivity(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ activities, index, step }: MoveActivityRequest) => {
      for (const { activity, sortOrder } of reorderedActivities(activities, index, step)) {
        await updateActivity(collaborationId, { activityId: activity.id, version: activity.version, changes: { sortOrder } });
      }
    },
    onSettled: async (_done, _error, { activities }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
      for (const activity of activities) await queryClient.invalidateQueries({ queryKey: queryKeys.activity(collaborationId, activity.id), exact: true });
    },
  });
}
