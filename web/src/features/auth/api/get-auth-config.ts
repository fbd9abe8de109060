import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { AuthConfig } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getAuthConfig(): Promise<AuthConfig> {
  return apiRequest<AuthConfig>('/api/auth/config');
}

export function useAuthConfig() {
  return useQuery({ queryKey: queryKeys.authConfig, queryFn: getAuthConfig, staleTime: Infinity });
}
