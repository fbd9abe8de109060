export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Download addresses for the plan and its log (the server sends them as attachments; the cookie goes along). */
export function planExportUrl(collaborationId: string, planId: string, what: 'plan' | 'log', format: SpreadsheetFormat): string {
  const base = `/api/collaborations/${encodeURIComponent(collaborationId)}/plans/${encodeURIComponent(planId)}`;
  return `${base}/${what === 'plan' ? 'export' : 'log/export'}?format=${format}`;
}
