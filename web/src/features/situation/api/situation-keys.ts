// Cache keys of the lägesbild; an import refreshes all of them.
export const situationKeys = {
  all: (collaborationId: string) => ['collaborations', collaborationId, 'situation'] as const,
  series: (collaborationId: string) => ['collaborations', collaborationId, 'situation', 'series'] as const,
  values: (collaborationId: string, source: string, series: string) => ['collaborations', collaborationId, 'situation', 'values', source, series] as const,
  policeEvents: (collaborationId: string, filter: object) => ['collaborations', collaborationId, 'situation', 'police-events', filter] as const,
  reports: (collaborationId: string) => ['collaborations', collaborationId, 'situation', 'reports'] as const,
  report: (collaborationId: string, reportId: string) => ['collaborations', collaborationId, 'situation', 'reports', reportId] as const,
  versions: (collaborationId: string, reportId: string) => ['collaborations', collaborationId, 'situation', 'reports', reportId, 'versions'] as const,
  version: (collaborationId: string, reportId: string, number: number) =>
    ['collaborations', collaborationId, 'situation', 'reports', reportId, 'versions', number] as const,
};
