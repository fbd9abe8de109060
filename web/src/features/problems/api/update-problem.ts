import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemPath } from './keys.js';
import type { Problem, UpdateProblemInput } from './types.js';

export interface UpdateProblemRequest {
  problemId: string;
  /** The problem's version when the user started editing. */
  version: number;
  changes: UpdateProblemInput;
}

export function updateProblem(collaborationId: string, { problemId, version, changes }: UpdateProblemRequest): Promise<Problem> {
  return apiRequest<Problem>(problemPath(collaborationId, problemId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version of the problem from a 412 answer, if that is what the error is. */
export function staleProblemOf(error: unknown): Problem | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Problem } | undefined)?.current ?? null;
}

export function useUpdateProblem(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateProblemRequest) => updateProblem(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}
