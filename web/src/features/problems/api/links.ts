import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemPath } from './keys.js';
import type { LinkActivityInput, Problem } from './types.js';

/** What a link call does: link or unlink a plan activity (optionally to a cause) or an indicator. */
export type LinkRequest =
  | { kind: 'link-activity'; problemId: string; input: LinkActivityInput }
  | { kind: 'unlink-activity'; problemId: string; activityId: string }
  | { kind: 'link-indicator'; problemId: string; indicatorId: string }
  | { kind: 'unlink-indicator'; problemId: string; indicatorId: string };

export function sendLink(collaborationId: string, request: LinkRequest): Promise<Problem | void> {
  const base = problemPath(collaborationId, request.problemId);
  switch (request.kind) {
    case 'link-activity':
      return apiRequest<Problem>(`${base}/activities`, { method: 'POST', body: request.input });
    case 'unlink-activity':
      return apiRequest<void>(`${base}/activities/${encodeURIComponent(request.activityId)}`, { method: 'DELETE' });
    case 'link-indicator':
      return apiRequest<Problem>(`${base}/indicators`, { method: 'POST', body: { indicatorId: request.indicatorId } });
    case 'unlink-indicator':
      return apiRequest<void>(`${base}/indicators/${encodeURIComponent(request.indicatorId)}`, { method: 'DELETE' });
  }
}

export function useLink(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LinkRequest) => sendLink(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}
