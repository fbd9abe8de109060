import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { PlanImportResult } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

/** The server's limit for a plan file (MAX_PLAN_FILE_BYTES). */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
export const acceptedPlanFileTypes = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type to send the file as, from its name (browsers give CSV files several types, or none). */
export function planFileTypeOf(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'xlsx') return XLSX;
  if (extension === 'csv') return 'text/csv';
  return null;
}

export interface ImportPlanRequest {
  file: File;
  contentType: string;
  /** false: only read the file and show what would be imported. */
  commit: boolean;
  /** Write the valid rows and leave out the invalid ones. */
  skipInvalid: boolean;
}

export function importPlan(collaborationId: string, planId: string, { file, contentType, commit, skipInvalid }: ImportPlanRequest): Promise<PlanImportResult> {
  return apiRequest<PlanImportResult>(`/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}/import`, {
    method: 'POST',
    query: { commit: String(commit), skipInvalid: String(skipInvalid) },
    file: { data: file, contentType },
  });
}

/** Preview and commit are the same call; only a commit changes the plan (and may add focus areas). */
export function useImportPlan(collaborationId: string, planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportPlanRequest) => importPlan(collaborationId, planId, request),
    onSuccess: async (result) => {
      if (!result.committed) return;
      await queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.focusAreas(collaborationId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.followUp(collaborationId) });
    },
  });
}
