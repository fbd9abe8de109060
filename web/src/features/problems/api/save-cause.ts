import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemPath } from './keys.js';
import type { CreateCauseInput, ProblemCause, UpdateCauseInput } from './types.js';

function causePath(collaborationId: string, causeId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/problem-causes/${encodeURIComponent(causeId)}`;
}

/** A new cause of the problem, or (with causeId) a change to one, saved from the version the user started from. */
export type SaveCauseRequest =
  | { problemId: string; causeId?: undefined; input: CreateCauseInput }
  | { problemId?: undefined; causeId: string; version: number; input: UpdateCauseInput };

export function saveCause(collaborationId: string, request: SaveCauseRequest): Promise<ProblemCause> {
  if (request.problemId === undefined) return apiRequest<ProblemCause>(causePath(collaborationId, request.causeId), { method: 'PATCH', body: request.input, ifMatch: request.version });
  return apiRequest<ProblemCause>(`${problemPath(collaborationId, request.problemId)}/causes`, { method: 'POST', body: request.input });
}

/** The other person's version of the cause from a 412 answer, if that is what the error is. */
export function staleCauseOf(error: unknown): ProblemCause | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: ProblemCause } | undefined)?.current ?? null;
}

export function removeCause(collaborationId: string, causeId: string): Promise<void> {
  return apiRequest<void>(causePath(collaborationId, causeId), { method: 'DELETE' });
}

export function useSaveCause(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveCauseRequest) => saveCause(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}

export function useRemoveCause(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (causeId: string) => removeCause(collaborationId, causeId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: problemKeys.all(collaborationId) }),
  });
}
