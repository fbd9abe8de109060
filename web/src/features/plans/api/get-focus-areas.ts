import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { FocusArea } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export function getFocusAreas(collaborationId: string): Promise<FocusArea[]> {
  return apiRequest<FocusArea[]>(`/api/collaborations/${encodeURIComponent(collaborationId)}/focus-areas`);
}

export function useFocusAreas(collaborationId: string) {
  return useQuery({ queryKey: queryKeys.focusAreas(collaborationId), queryFn: () => getFocusAreas(collaborationId) });
}
