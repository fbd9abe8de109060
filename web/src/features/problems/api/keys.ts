// The problems' chain holds each activity's follow-up status, so its cache lives under the follow-up key:
// a report or a plan change (which refresh queryKeys.followUp) refreshes the chain too.
export const problemKeys = {
  all: (collaborationId: string) => ['collaborations', collaborationId, 'follow-up', 'problems'] as const,
  list: (collaborationId: string, reportId: string | null) => ['collaborations', collaborationId, 'follow-up', 'problems', { reportId }] as const,
};

export function problemsPath(collaborationId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/problems`;
}

export function problemPath(collaborationId: string, problemId: string): string {
  return `${problemsPath(collaborationId)}/${encodeURIComponent(problemId)}`;
}
