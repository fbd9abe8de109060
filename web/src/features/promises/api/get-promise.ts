import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { CitizenPromiseWithItems } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { promisesPath } from './get-promises.js';

export function promisePath(collaborationId: string, promiseId: string): string {
  return `${promisesPath(collaborationId)}/${encodeURIComponent(promiseId)}`;
}

export function getPromise(collaborationId: string, promiseId: string): Promise<CitizenPromiseWithItems> {
  return apiRequest<CitizenPromiseWithItems>(promisePath(collaborationId, promiseId));
}

/** One medborgarlöfte with its promises and the plan activities that deliver each. */
export function usePromise(collaborationId: string, promiseId: string) {
  return useQuery({ queryKey: queryKeys.promise(collaborationId, promiseId), queryFn: () => getPromise(collaborationId, promiseId) });
}
