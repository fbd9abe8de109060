// Every cache key in one place, so a feature can refresh what another one shows without importing it.
export const queryKeys = {
  session: ['session'] as const,
  authConfig: ['auth-config'] as const,
  collaborations: ['collaborations'] as const,
  collaboration: (id: string) => ['collaborations', id] as const,
  members: (id: string) => ['collaborations', id, 'members'] as const,
  tokens: (id: string) => ['collaborations', id, 'tokens'] as const,
  calendarFeeds: (id: string) => ['collaborations', id, 'calendar-feeds'] as const,
  audit: (id: string, filters: object) => ['collaborations', id, 'audit', filters] as const,
  organisations: (params: object) => ['organisations', params] as const,
  focusAreas: (id: string) => ['collaborations', id, 'focus-areas'] as const,
  plans: (id: string) => ['collaborations', id, 'plans'] as const,
  plan: (id: string, planId: string) => ['collaborations', id, 'plans', planId] as const,
  activity: (id: string, activityId: string) => ['collaborations', id, 'activities', activityId] as const,
  activityLog: (id: string, activityId: string) => ['collaborations', id, 'activities', activityId, 'log'] as const,
  agreements: (id: string) => ['collaborations', id, 'agreements'] as const,
  agreement: (id: string, agreementId: string) => ['collaborations', id, 'agreements', agreementId] as const,
  agreementVersions: (id: string, agreementId: string) => ['collaborations', id, 'agreements', agreementId, 'versions'] as const,
  agreementDiff: (id: string, agreementId: string, from: string, to: string) =>
    ['collaborations', id, 'agreements', agreementId, 'diff', from, to] as const,
  /** Everything computed from plans and the log (dashboards, timelines): refreshed after any report or plan change. */
  followUp: (id: string) => ['collaborations', id, 'follow-up'] as const,
  dashboard: (id: string, planId: string, asOf: string) => ['collaborations', id, 'follow-up', 'dashboard', planId, asOf] as const,
  timeline: (id: string, activityId: string, asOf: string) => ['collaborations', id, 'follow-up', 'timeline', activityId, asOf] as const,
};
