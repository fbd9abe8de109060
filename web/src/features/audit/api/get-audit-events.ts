import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { AuditPage } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export const auditActions = ['create', 'update', 'delete', 'revoke', 'sign-in', 'sign-out', 'password-change'] as const;
export const auditEntityTypes = [
  'collaboration',
  'party',
  'member',
  'user',
  'organisation',
  'api-token',
  'focus-area',
  'plan',
  'activity',
  'activity-log',
  'attachment',
] as const;

export interface AuditFilters {
  entityType?: string | undefined;
  action?: string | undefined;
  /** YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  /** YYYY-MM-DD, inclusive (the server reads a bare date as the whole day). */
  to?: string | undefined;
}

const pageSize = 50;

export function getAuditEvents(collaborationId: string, filters: AuditFilters, before: number | undefined, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>(`/api/collaborations/${encodeURIComponent(collaborationId)}/audit`, {
    query: { ...filters, before, limit: pageSize },
    signal,
  });
}

/** Newest first; each "Visa fler" asks for the entries older than the last one shown. */
export function useAuditEvents(collaborationId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(collaborationId, filters),
    queryFn: ({ pageParam, signal }) => getAuditEvents(collaborationId, filters, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
