import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.js';
import type { CitizenPromise, UpdatePromiseInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promisePath } from './get-promise.js';

export interface UpdatePromiseRequest {
  /** The medborgarlöfte's version when the user started editing. */
  version: number;
  changes: UpdatePromiseInput;
}

export function updatePromise(collaborationId: string, promiseId: string, { version, changes }: UpdatePromiseRequest): Promise<CitizenPromise> {
  return apiRequest<CitizenPromise>(promisePath(collaborationId, promiseId), { method: 'PATCH', body: changes, ifMatch: version });
}

/** The other person's version from a 412 answer, if that is what the error is. */
export function stalePromiseOf(error: unknown): CitizenPromise | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: CitizenPromise } | undefined)?.current ?? null;
}

export function useUpdatePromise(collaborationId: string, promiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePromiseRequest) => updatePromise(collaborationId, promiseId, request),
    // The answer has no items: the page fetches the medborgarlöfte again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId) }),
  });
}
