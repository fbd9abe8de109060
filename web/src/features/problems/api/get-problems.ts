import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { problemKeys, problemsPath } from './keys.js';
import type { Problem } from './types.js';

export function getProblems(collaborationId: string, reportId: string | null): Promise<Problem[]> {
  const query = reportId ? `?reportId=${encodeURIComponent(reportId)}` : '';
  return apiRequest<Problem[]>(`${problemsPath(collaborationId)}${query}`);
}

/** The problems in priority order, each with its whole chain; only those of one lägesbild when reportId is given. */
export function useProblems(collaborationId: string, reportId: string | null) {
  return useQuery({ queryKey: problemKeys.list(collaborationId, reportId), queryFn: () => getProblems(collaborationId, reportId) });
}
