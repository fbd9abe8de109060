import { useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from '../../../lib/api-client.js';
import type { Session } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** The signed-in session, or null when nobody is signed in (401 is an answer here, not an error). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: getSession, staleTime: Infinity, retry: 1 });
}
