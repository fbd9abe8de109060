// The API's shapes, inferred from the server's zod schemas (the same source as the OpenAPI document),
// so no shape is written twice. Type-only imports: nothing from the server reaches the browser bundle.
import type { z } from 'zod';
import type { MemberRole as ServerMemberRole } from '#server/http/access.js';
import type { CollaborationDto } from '#server/modules/collaborations/collaborations.schemas.js';
import type { MemberDto } from '#server/modules/members/members.schemas.js';
import type { OrganisationDto } from '#server/modules/organisations/organisations.schemas.js';
import type { authConfigSchema, sessionSchema } from '#server/modules/session/session.schemas.js';
import type { createdTokenSchema, tokenSchema } from '#server/modules/tokens/tokens.schemas.js';
import type { calendarFeedSchema, createCalendarFeedBody, createdCalendarFeedSchema } from '#server/modules/calendar/calendar.schemas.js';
import type { UserDto } from '#server/modules/users/users.schemas.js';
import type { focusAreaSchema, createFocusAreaBody, updateFocusAreaBody } from '#server/modules/focus-areas/focus-areas.schemas.js';
import type {
  activitySchema,
  createActivityBody,
  createPlanBody,
  planSchema,
  planWithActivitiesSchema,
  updateActivityBody,
  updatePlanBody,
} from '#server/modules/plans/plans.schemas.js';
import type { importResultSchema } from '#server/modules/plan-spreadsheets/plan-spreadsheets.schemas.js';
import type { activityLogSchema, attachmentSchema, createLogBody, updateLogBody } from '#server/modules/activity-log/activity-log.schemas.js';
import type { dashboardSchema, statusSchema, timelineSchema } from '#server/modules/follow-up/follow-up.schemas.js';
import type {
  agreementDiffSchema,
  agreementSchema,
  agreementSummarySchema,
  agreementVersionSummarySchema,
  createAgreementBody,
  updateAgreementBody,
} from '#server/modules/agreements/agreements.schemas.js';

export type MemberRole = ServerMemberRole;
export type Collaboration = CollaborationDto;
export type Member = MemberDto;
export type Organisation = OrganisationDto;
export type OrganisationKind = Organisation['kind'];
export type User = UserDto;
export type Locale = User['locale'];
export type Session = z.infer<typeof sessionSchema>;
export type AuthConfig = z.infer<typeof authConfigSchema>;
export type ApiToken = z.infer<typeof tokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;

// Plans (genomförandeplan, handlingsplan, åtgärdsplan), their activities and focus areas.
export type Plan = z.infer<typeof planSchema>;
export type PlanKind = Plan['kind'];
export type PlanWithActivities = z.infer<typeof planWithActivitiesSchema>;
export type CreatePlanInput = z.input<typeof createPlanBody>;
export type UpdatePlanInput = z.input<typeof updatePlanBody>;
export type Activity = z.infer<typeof activitySchema>;
export type Frequency = Activity['frequency'];
export type PreventionType = NonNullable<Activity['preventionType']>;
export type PreventionLevel = NonNullable<Activity['preventionLevel']>;
export type CreateActivityInput = z.input<typeof createActivityBody>;
export type UpdateActivityInput = z.input<typeof updateActivityBody>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type CreateFocusAreaInput = z.input<typeof createFocusAreaBody>;
export type UpdateFocusAreaInput = z.input<typeof updateFocusAreaBody>;
/** A spreadsheet import's preview or outcome: every row with its errors per column. */
export type PlanImportResult = z.infer<typeof importResultSchema>;

// Genomförda aktiviteter (the activity log) and their attachments.
export type LogEntry = z.infer<typeof activityLogSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type CreateLogInput = z.input<typeof createLogBody>;
export type UpdateLogInput = z.input<typeof updateLogBody>;

// Uppföljning: status per activity as of a day, and an activity's timeline.
export type FollowUpStatus = z.infer<typeof statusSchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
export type Timeline = z.infer<typeof timelineSchema>;

// Avtal (samverkansöverenskommelser och samverkansavtal), their adopted versions and differences.
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementKind = Agreement['kind'];
export type AgreementStatusName = Agreement['status']['status'];
export type AgreementValidity = NonNullable<Agreement['validity']>;
export type AgreementSections = Agreement['content']['sections'];
export type AgreementVersionSummary = z.infer<typeof agreementVersionSummarySchema>;
export type AgreementDiff = z.infer<typeof agreementDiffSchema>;
export type AgreementChange = AgreementDiff['changes'][number];
export type CreateAgreementInput = z.input<typeof createAgreementBody>;
export type UpdateAgreementInput = z.input<typeof updateAgreementBody>;

/** GET /api/collaborations/:id/audit; the server keeps this schema private to its route file, so it is spelled out here. */
export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}

// Kalenderflöden: a secret address a calendar (Outlook, Google) subscribes to.
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;
export type CreateCalendarFeedInput = z.input<typeof createCalendarFeedBody>;

// Grupper (styrgrupp, beredningsgrupp, arbetsgrupper, råd, lokala samverkansgrupper) and their members.
import type {
  createGroupBody,
  createGroupMemberBody,
  groupMemberSchema,
  groupSchema,
  updateGroupBody,
  updateGroupMemberBody,
} from '#server/modules/groups/groups.schemas.js';

export type Group = z.infer<typeof groupSchema>;
export type GroupKind = Group['kind'];
export type GroupMember = z.infer<typeof groupMemberSchema>;
export type CreateGroupInput = z.input<typeof createGroupBody>;
export type UpdateGroupInput = z.input<typeof updateGroupBody>;
export type CreateGroupMemberInput = z.input<typeof createGroupMemberBody>;
export type UpdateGroupMemberInput = z.input<typeof updateGroupMemberBody>;

// Medborgarlöften per kommun and period, their promises (items) and the plan activities that deliver them.
import type {
  citizenPromiseSchema,
  citizenPromiseWithItemsSchema,
  createItemBody,
  createPromiseBody,
  promiseItemSchema,
  updateItemBody,
  updatePromiseBody,
} from '#server/modules/promises/promises.schemas.js';

export type CitizenPromise = z.infer<typeof citizenPromiseSchema>;
export type CitizenPromiseWithItems = z.infer<typeof citizenPromiseWithItemsSchema>;
export type PromiseItem = z.infer<typeof promiseItemSchema>;
export type CreatePromiseInput = z.input<typeof createPromiseBody>;
export type UpdatePromiseInput = z.input<typeof updatePromiseBody>;
export type CreatePromiseItemInput = z.input<typeof createItemBody>;
export type UpdatePromiseItemInput = z.input<typeof updateItemBody>;

// Document import: what a read document holds, the reviewed commit, and what it created.
import type { commitBody, commitResultSchema, importedDocumentSchema } from '#server/modules/document-import/document-import.schemas.js';

export type ImportedDocument = z.infer<typeof importedDocumentSchema>;
export type Extraction = ImportedDocument['extraction'];
export type DocumentImportCommitInput = z.input<typeof commitBody>;
export type DocumentImportResult = z.infer<typeof commitResultSchema>;

// Lägesbild: data imports (Polisen, Kolada, Brå, surveys, SCB population), statistics series and their values, police events.
import type {
  dataImportResultSchema,
  policeEventSchema,
  seriesListSchema,
  statisticValueSchema,
} from '#server/modules/data-import/data-import.schemas.js';

export type DataImportResult = z.infer<typeof dataImportResultSchema>;
export type StatisticSeries = z.infer<typeof seriesListSchema>[number];
export type StatisticSource = StatisticSeries['source'];
export type StatisticValue = z.infer<typeof statisticValueSchema>;
export type PoliceEvent = z.infer<typeof policeEventSchema>;

// Indicators: name, unit, direction, source, baseline (frozen at adoption), target, the series and its status.
import type { createIndicatorBody, indicatorSchema, indicatorValueBody, updateIndicatorBody } from '#server/modules/indicators/indicators.schemas.js';

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorDirection = Indicator['direction'];
export type IndicatorSource = Indicator['source'];
export type IndicatorStatusName = Indicator['status']['status'];
export type CreateIndicatorInput = z.input<typeof createIndicatorBody>;
export type UpdateIndicatorInput = z.input<typeof updateIndicatorBody>;
export type IndicatorValueInput = z.input<typeof indicatorValueBody>;
