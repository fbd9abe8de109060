// Every cache key in one place, so a feature can refresh what another one shows without importing it.
export const queryKeys = {
  session: ['session'] as const,
  authConfig: ['auth-config'] as const,
  collaborations: ['collaborations'] as const,
  collaboration: (id: string) => ['collaborations', id] as const,
  members: (id: string) => ['collaborations', id, 'members'] as const,
  tokens: (id: string) => ['collaborations', id, 'tokens'] as const,
  audit: (id: string, filters: object) => ['collaborations', id, 'audit', filters] as const,
  organisations: (params: object) => ['organisations', params] as const,
};
