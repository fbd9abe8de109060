// The lägesbild document's shapes, inferred from the server's zod schemas (type-only: nothing reaches the bundle).
import type { z } from 'zod';
import type {
  adoptReportBody,
  chartSchema,
  createDialogueBody,
  createIncidentBody,
  createObservationBody,
  createWalkBody,
  reportSchema,
  reportSummarySchema,
  snapshotSchema,
  updateReportBody,
  versionSchema,
  versionSummarySchema,
} from '#server/modules/situation-reports/situation-reports.schemas.js';

export type SituationReportSummary = z.infer<typeof reportSummarySchema>;
export type SituationReport = z.infer<typeof reportSchema>;
export type SituationSnapshot = z.infer<typeof snapshotSchema>;
export type SituationChart = z.infer<typeof chartSchema>;
export type SituationDialogue = SituationReport['dialogues'][number];
export type SafetyWalk = SituationReport['walks'][number];
export type SafetyWalkObservation = SafetyWalk['observations'][number];
export type ObservationStatus = SafetyWalkObservation['status'];
export type IncidentReport = SituationReport['incidents'][number];
export type IncidentSummary = SituationReport['incidentSummary'];
export type FrozenProblem = SituationSnapshot['problems'][number];
export type SituationReportVersionSummary = z.infer<typeof versionSummarySchema>;
export type SituationReportVersion = z.infer<typeof versionSchema>;
export type UpdateReportInput = z.input<typeof updateReportBody>;
export type AdoptReportInput = z.input<typeof adoptReportBody>;
export type CreateDialogueInput = z.input<typeof createDialogueBody>;
export type CreateWalkInput = z.input<typeof createWalkBody>;
export type CreateObservationInput = z.input<typeof createObservationBody>;
export type CreateIncidentInput = z.input<typeof createIncidentBody>;

/** What the report page and a frozen version both show: the report's content, live or as adopted. */
export type ReportContent = Pick<
  SituationSnapshot,
  'title' | 'year' | 'mappingText' | 'otherText' | 'analysisText' | 'charts' | 'dialogues' | 'walks' | 'incidents' | 'incidentSummary'
>;
