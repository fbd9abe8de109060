import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { queryKeys } from '../../../lib/query-keys.js';
import { situationKeys } from './situation-keys.js';
import type {
  AdoptReportInput,
  SituationReport,
  SituationReportSummary,
  SituationReportVersion,
  SituationReportVersionSummary,
  UpdateReportInput,
} from './situation-report-types.js';

const reportsUrl = (collaborationId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/situation-reports`;
const reportUrl = (collaborationId: string, reportId: string) => `${reportsUrl(collaborationId)}/${encodeURIComponent(reportId)}`;

/** The lägesbilder of the collaboration, newest year first. */
export function useSituationReports(collaborationId: string) {
  return useQuery({
    queryKey: situationKeys.reports(collaborationId),
    queryFn: () => apiRequest<SituationReportSummary[]>(reportsUrl(collaborationId)),
  });
}

export function useSituationReport(collaborationId: string, reportId: string) {
  return useQuery({
    queryKey: situationKeys.report(collaborationId, reportId),
    queryFn: () => apiRequest<SituationReport>(reportUrl(collaborationId, reportId)),
  });
}

export function useReportVersions(collaborationId: string, reportId: string) {
  return useQuery({
    queryKey: situationKeys.versions(collaborationId, reportId),
    queryFn: () => apiRequest<SituationReportVersionSummary[]>(`${reportUrl(collaborationId, reportId)}/versions`),
  });
}

export function useReportVersion(collaborationId: string, reportId: string, number: number) {
  return useQuery({
    queryKey: situationKeys.version(collaborationId, reportId, number),
    queryFn: () => apiRequest<SituationReportVersion>(`${reportUrl(collaborationId, reportId)}/versions/${number}`),
  });
}

/** After any change: the report, the list and (for adoption) the plans that show which lägesbild they start from. */
function useRefresh(collaborationId: string) {
  const queryClient = useQueryClient();
  return async (report?: SituationReport) => {
    if (report) queryClient.setQueryData(situationKeys.report(collaborationId, report.id), report);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: situationKeys.reports(collaborationId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.plans(collaborationId) }),
    ]);
  };
}

export function useCreateReport(collaborationId: string) {
  const refresh = useRefresh(collaborationId);
  return useMutation({
    mutationFn: (input: { year: number }) => apiRequest<SituationReport>(reportsUrl(collaborationId), { method: 'POST', body: input }),
    onSuccess: (report) => refresh(report),
  });
}

export function useUpdateReport(collaborationId: string, reportId: string) {
  const refresh = useRefresh(collaborationId);
  return useMutation({
    mutationFn: ({ version, ...input }: UpdateReportInput & { version: number }) =>
      apiRequest<SituationReport>(reportUrl(collaborationId, reportId), { method: 'PATCH', body: input, ifMatch: version }),
    onSuccess: (report) => refresh(report),
  });
}

export function useAdoptReport(collaborationId: string, reportId: string) {
  const refresh = useRefresh(collaborationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...input }: AdoptReportInput & { version: number }) =>
      apiRequest<SituationReport>(`${reportUrl(collaborationId, reportId)}/adopt`, { method: 'POST', body: input, ifMatch: version }),
    onSuccess: async (report) => {
      await queryClient.invalidateQueries({ queryKey: situationKeys.versions(collaborationId, reportId) });
      await refresh(report);
    },
  });
}

/**
 * Adding, changing or removing a dialogue, walk, observation or incident refreshes the report (and its draft state).
 * `onDone` runs after the refresh even when the refresh unmounts the calling component (a removed row, or a
 * status control keyed by version): callbacks given to `mutate` are dropped with their component, this one is not.
 */
export function useReportPartMutation<Input>(
  collaborationId: string,
  reportId: string,
  request: (input: Input) => Promise<unknown>,
  onDone?: (input: Input) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (_data, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: situationKeys.report(collaborationId, reportId) }),
        queryClient.invalidateQueries({ queryKey: situationKeys.reports(collaborationId) }),
      ]);
      onDone?.(input);
    },
  });
}

export const partUrls = {
  dialogues: (collaborationId: string, reportId: string) => `${reportUrl(collaborationId, reportId)}/dialogues`,
  walks: (collaborationId: string, reportId: string) => `${reportUrl(collaborationId, reportId)}/safety-walks`,
  observations: (collaborationId: string, walkId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/safety-walks/${encodeURIComponent(walkId)}/observations`,
  observation: (collaborationId: string, observationId: string) =>
    `/api/collaborations/${encodeURIComponent(collaborationId)}/safety-walk-observations/${encodeURIComponent(observationId)}`,
  incidents: (collaborationId: string, reportId: string) => `${reportUrl(collaborationId, reportId)}/incident-reports`,
  dialogue: (collaborationId: string, dialogueId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/situation-dialogues/${encodeURIComponent(dialogueId)}`,
  walk: (collaborationId: string, walkId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/safety-walks/${encodeURIComponent(walkId)}`,
  incident: (collaborationId: string, incidentId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/incident-reports/${encodeURIComponent(incidentId)}`,
};
