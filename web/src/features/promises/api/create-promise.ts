import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CitizenPromise, CreatePromiseInput } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promisesPath } from './get-promises.js';

export function createPromise(collaborationId: string, input: CreatePromiseInput): Promise<CitizenPromise> {
  return apiRequest<CitizenPromise>(promisesPath(collaborationId), { method: 'POST', body: input });
}

export function useCreatePromise(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePromiseInput) => createPromise(collaborationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.promises(collaborationId), exact: true }),
  });
}
