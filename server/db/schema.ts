import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Binary data (attachments); Buffer in and out on both drivers. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const organisationKind = pgEnum('organisation_kind', ['kommun', 'lokalpolisomrade', 'other']);
export const memberRole = pgEnum('member_role', ['viewer', 'contributor', 'coordinator', 'admin']);
export const tokenScope = pgEnum('token_scope', ['read', 'write']);

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Stored lower-cased; unique across the installation. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    locale: text('locale').notNull().default('sv'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_oidc_key').on(t.oidcIssuer, t.oidcSubject),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the cookie itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    kind: organisationKind('kind').notNull(),
    name: text('name').notNull(),
    /** SCB kommunkod, four digits kept as text ("0114"); only for kind kommun. */
    municipalityCode: text('municipality_code'),
    countyCode: text('county_code'),
    countyName: text('county_name'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisations_municipality_code_key').on(t.municipalityCode),
    index('organisations_kind_name_idx').on(t.kind, t.name),
  ],
);

export const collaborations = pgTable('collaborations', {
  id: id(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const collaborationParties = pgTable(
  'collaboration_parties',
  {
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.organisationId] })],
);

export const memberships = pgTable(
  'memberships',
  {
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    /** The party the member acts for; decides what "endast egen organisation" content they see. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** Free-text function, e.g. "samordnare", "kommunpolis". */
    title: text('title').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the secret; the secret is shown once at creation. */
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    scope: tokenScope('scope').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_collaboration_idx').on(t.collaborationId)],
);

/** Append-only: a trigger in the migrations rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    collaborationId: uuid('collaboration_id'),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    /** Display name of the actor at the time, kept even if the user is later removed. */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Events about restricted content are shown only to members acting for this organisation. */
    restrictedToOrganisationId: uuid('restricted_to_organisation_id'),
  },
  (t) => [
    index('audit_events_collaboration_at_idx').on(t.collaborationId, t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

// ---------------------------------------------------------------------------
// The collaboration core (issue 3). Every row carries collaboration_id, so each
// query can be scoped to the caller's collaboration without a join.
// ---------------------------------------------------------------------------

const collaborationRef = () =>
  uuid('collaboration_id')
    .notNull()
    .references(() => collaborations.id, { onDelete: 'cascade' });
const version = () => integer('version').notNull().default(1);
/** When set, only members acting for this organisation may see the row ("endast Polisen"). */
const restrictedTo = () => uuid('restricted_to_organisation_id').references(() => organisations.id, { onDelete: 'restrict' });

export const groupKind = pgEnum('group_kind', ['steering', 'preparation', 'working', 'council', 'local']);
export const planKind = pgEnum('plan_kind', ['genomforandeplan', 'handlingsplan', 'atgardsplan']);
export const preventionType = pgEnum('prevention_type', ['social', 'situational']);
export const preventionLevel = pgEnum('prevention_level', ['universal', 'selective', 'indicated']);
export const agreementKind = pgEnum('agreement_kind', ['samverkansoverenskommelse', 'samverkansavtal']);

export const focusAreas = pgTable(
  'focus_areas',
  {
    id: id(),
    collaborationId: collaborationRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('focus_areas_collaboration_idx').on(t.collaborationId)],
);

export const groups = pgTable(
  'groups',
  {
    id: id(),
    collaborationId: collaborationRef(),
    kind: groupKind('kind').notNull(),
    name: text('name').notNull(),
    /** Mandat: what the group may decide. */
    mandate: text('mandate').notNull().default(''),
    /** Uppdragsbeskrivning, for working groups. */
    assignment: text('assignment').notNull().default(''),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('groups_collaboration_idx').on(t.collaborationId)],
);

/** Members of a group are contacts, not necessarily users: name, title, organisation. */
export const groupMembers = pgTable(
  'group_members',
  {
    id: id(),
    collaborationId: collaborationRef(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    organisationName: text('organisation_name').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('group_members_group_idx').on(t.groupId)],
);

export const plans = pgTable(
  'plans',
  {
    id: id(),
    collaborationId: collaborationRef(),
    kind: planKind('kind').notNull(),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    adoptedByGroupId: uuid('adopted_by_group_id').references(() => groups.id, { onDelete: 'set null' }),
    adoptedOn: date('adopted_on'),
    /** Shifts per week the plan states, for "varje arbetspass" targets. */
    shiftsPerWeek: integer('shifts_per_week'),
    /** The lägesbild the plan starts from (issue 7). */
    situationReportId: uuid('situation_report_id').references((): AnyPgColumn => situationReports.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plans_collaboration_idx').on(t.collaborationId)],
);

export const activities = pgTable(
  'activities',
  {
    id: id(),
    collaborationId: collaborationRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Orsak: the cause the activity addresses. */
    cause: text('cause').notNull().default(''),
    operativeGoal: text('operative_goal').notNull().default(''),
    what: text('what').notNull(),
    /** När, verbatim as the plan writes it. */
    whenText: text('when_text').notNull().default(''),
    /** The structured target (shared/contracts/frequency.schema.json). */
    frequency: jsonb('frequency').notNull(),
    preventionType: preventionType('prevention_type'),
    preventionLevel: preventionLevel('prevention_level'),
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    responsible: text('responsible').notNull().default(''),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    followUpMeasure: text('follow_up_measure').notNull().default(''),
    startDate: date('start_date'),
    endDate: date('end_date'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('activities_plan_idx').on(t.planId), index('activities_collaboration_idx').on(t.collaborationId)],
);

/** Genomförd aktivitet: what was done. Never personal data about citizens. */
export const activityLogs = pgTable(
  'activity_logs',
  {
    id: id(),
    collaborationId: collaborationRef(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on').notNull(),
    count: integer('count').notNull().default(1),
    place: text('place').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Participating organisations or roles ("Polisen", "Fritidsgården"). */
    participants: text('participants').array().notNull().default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    restrictedToOrganisationId: restrictedTo(),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('activity_logs_activity_date_idx').on(t.activityId, t.occurredOn),
    index('activity_logs_collaboration_idx').on(t.collaborationId),
  ],
);

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    collaborationId: collaborationRef(),
    activityLogId: uuid('activity_log_id')
      .notNull()
      .references(() => activityLogs.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    restrictedToOrganisationId: restrictedTo(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_log_idx').on(t.activityLogId)],
);

/** Notes on an activity, optionally restricted to the author's organisation. */
export const activityNotes = pgTable(
  'activity_notes',
  {
    id: id(),
    collaborationId: collaborationRef(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    restrictedToOrganisationId: restrictedTo(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('activity_notes_activity_idx').on(t.activityId)],
);

export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    collaborationId: collaborationRef(),
    kind: agreementKind('kind').notNull(),
    title: text('title').notNull(),
    /** The current version's number; each adopted version is kept in agreement_versions. */
    currentVersion: integer('current_version').notNull().default(1),
    /** Whether the current version has been adopted (fastställd); a draft is being revised. */
    adopted: boolean('adopted').notNull().default(false),
    /** Everything the document holds (metadata, sections, commitments, signatories, validity). */
    content: jsonb('content').notNull(),
    terminatedOn: date('terminated_on'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agreements_collaboration_idx').on(t.collaborationId)],
);

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: id(),
    collaborationId: collaborationRef(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    adoptedOn: date('adopted_on').notNull(),
    content: jsonb('content').notNull(),
    adoptedBy: uuid('adopted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agreement_versions_number_key').on(t.agreementId, t.number)],
);

export const citizenPromises = pgTable(
  'citizen_promises',
  {
    id: id(),
    collaborationId: collaborationRef(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** "Effekter som eftersträvas": the effects the promises aim at, one per line. */
    effects: text('effects').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('citizen_promises_collaboration_idx').on(t.collaborationId)],
);

export const promiseItems = pgTable(
  'promise_items',
  {
    id: id(),
    collaborationId: collaborationRef(),
    promiseId: uuid('promise_id')
      .notNull()
      .references(() => citizenPromises.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** The parties who promise (organisation ids). */
    partyIds: uuid('party_ids').array().notNull().default(sql`'{}'::uuid[]`),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('promise_items_promise_idx').on(t.promiseId)],
);

/** Which plan activities deliver which promise. */
export const promiseActivities = pgTable(
  'promise_activities',
  {
    collaborationId: collaborationRef(),
    promiseItemId: uuid('promise_item_id')
      .notNull()
      .references(() => promiseItems.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.promiseItemId, t.activityId] })],
);

/** Calendar feeds (ICS) behind a secret URL: one per collaboration, or personal for one member. Revocable. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    collaborationId: collaborationRef(),
    /** Set for a personal feed (the member's own responsibilities); null for the collaboration's feed. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the secret in the URL; the secret is shown once. */
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('calendar_feeds_token_key').on(t.tokenHash), index('calendar_feeds_collaboration_idx').on(t.collaborationId)],
);

export const documentKind = pgEnum('document_kind', ['agreement', 'promise', 'plan', 'followup-report', 'situation-report']);
export const documentFormat = pgEnum('document_format', ['docx', 'pdf']);

/**
 * Generated documents (issue 6), kept so the exact file that was filed or presented can be downloaded again.
 * The bytes live in the database: exports are small, and backup/restore and both drivers then cover them.
 */
export const documentExports = pgTable(
  'document_exports',
  {
    id: id(),
    collaborationId: collaborationRef(),
    kind: documentKind('kind').notNull(),
    format: documentFormat('format').notNull(),
    /** The agreement, citizen promise or plan the document was made from. */
    subjectId: uuid('subject_id').notNull(),
    /** The follow-up report's or the lägesbild's year; null for the other kinds. */
    year: integer('year'),
    /** The collaboration's data version (its latest audit event) the document was made from. */
    dataVersion: integer('data_version').notNull(),
    /** The version the document itself states, e.g. "Version 2 (fastställd 2024-01-16)". */
    versionLabel: text('version_label').notNull(),
    diarienummer: text('diarienummer').notNull().default(''),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    /** Set when the document holds content restricted to this organisation: only its members may list or download it. */
    restrictedToOrganisationId: restrictedTo(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('document_exports_collaboration_idx').on(t.collaborationId, t.createdAt)],
);

// Lägesbild data (issue 7): statistics and events imported from Brå, Kolada, Polisen, surveys and SCB.
export const statisticSource = pgEnum('statistic_source', ['kolada', 'bra', 'survey', 'population']);

/**
 * One value of a statistics series for an area and period. Re-importing the same row changes nothing:
 * the natural key is unique and an upsert writes only when the value differs.
 */
export const statisticValues = pgTable(
  'statistic_values',
  {
    id: id(),
    collaborationId: collaborationRef(),
    source: statisticSource('source').notNull(),
    /** Kolada KPI id, Brå category path ("Samtliga brott › Brott mot person"), survey question, "Folkmängd". */
    series: text('series').notNull(),
    /** SCB municipality code, "0000" for the country, "" for an area that is not a municipality. */
    areaCode: text('area_code').notNull(),
    area: text('area').notNull(),
    /** "2023", "2023K1" or "2023-03". */
    period: text('period').notNull(),
    /** Kolada gender split T/K/M; "" elsewhere. */
    dimension: text('dimension').notNull().default(''),
    value: doublePrecision('value'),
    status: text('status'),
    updatedAt: updatedAt(),
  },
  // One index: its prefix (collaboration, source, series) also serves the reads of one series.
  (t) => [uniqueIndex('statistic_values_key').on(t.collaborationId, t.source, t.series, t.areaCode, t.area, t.period, t.dimension)],
);

/** Events from the Polisen events API (public summaries; no personal data). */
export const policeEvents = pgTable(
  'police_events',
  {
    id: id(),
    collaborationId: collaborationRef(),
    externalId: text('external_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    url: text('url'),
    locationName: text('location_name').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    areaCode: text('area_code'),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('police_events_key').on(t.collaborationId, t.externalId),
    index('police_events_time_idx').on(t.collaborationId, t.occurredAt),
  ],
);

// ---------------------------------------------------------------------------
// The lägesbild as a document (issue 7, law 2023:196 4 §): kartläggning, annan information, analys.
// One report per collaboration and year; adopting it freezes a dated version (snapshot) in
// situation_report_versions, and a plan can state which lägesbild it starts from.
// ---------------------------------------------------------------------------

export const situationReports = pgTable(
  'situation_reports',
  {
    id: id(),
    collaborationId: collaborationRef(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** Kartläggning in words: the extent and consequences of crime, beside the charts. */
    mappingText: text('mapping_text').notNull().default(''),
    /** Annan relevant information in words (beside dialogues, safety walks and incident reports). */
    otherText: text('other_text').notNull().default(''),
    /** Analys: what the picture means and which problems it identifies. */
    analysisText: text('analysis_text').notNull().default(''),
    /** The statistics the kartläggning charts: [{ source, series, per100k }]. */
    chartSeries: jsonb('chart_series').notNull().default(sql`'[]'::jsonb`),
    /** SCB codes of the comparison municipalities ("0000" = the country). */
    comparisonAreaCodes: text('comparison_area_codes').array().notNull().default(sql`'{}'::text[]`),
    /** Whether the current content has been adopted; editing after adoption makes it a draft of the next version. */
    adopted: boolean('adopted').notNull().default(false),
    adoptedOn: date('adopted_on'),
    adoptedByGroupId: uuid('adopted_by_group_id').references(() => groups.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('situation_reports_year_key').on(t.collaborationId, t.year)],
);

/** An adopted (fastställd) lägesbild: the whole content frozen as it was on the day. */
export const situationReportVersions = pgTable(
  'situation_report_versions',
  {
    id: id(),
    collaborationId: collaborationRef(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => situationReports.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    adoptedOn: date('adopted_on').notNull(),
    adoptedByGroupId: uuid('adopted_by_group_id').references(() => groups.id, { onDelete: 'set null' }),
    snapshot: jsonb('snapshot').notNull(),
    adoptedBy: uuid('adopted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('situation_report_versions_number_key').on(t.reportId, t.number)],
);

const reportRef = () =>
  uuid('report_id')
    .notNull()
    .references(() => situationReports.id, { onDelete: 'cascade' });

export const dialogueKind = pgEnum('dialogue_kind', ['citizen', 'staff']);

/** Medborgar- och medarbetardialoger: method, participants (a count, never names), notes and outcomes. */
export const situationDialogues = pgTable(
  'situation_dialogues',
  {
    id: id(),
    collaborationId: collaborationRef(),
    reportId: reportRef(),
    kind: dialogueKind('kind').notNull(),
    heldOn: date('held_on').notNull(),
    /** "Öppet möte", "Webbenkät", "Fokusgrupp", "Medarbetarenkät" … */
    method: text('method').notNull(),
    area: text('area').notNull().default(''),
    participantsCount: integer('participants_count'),
    notes: text('notes').notNull().default(''),
    outcomes: text('outcomes').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('situation_dialogues_report_idx').on(t.reportId)],
);

/** Trygghetsvandringar: the walk, and its protocol of observations below. */
export const safetyWalks = pgTable(
  'safety_walks',
  {
    id: id(),
    collaborationId: collaborationRef(),
    reportId: reportRef(),
    walkedOn: date('walked_on').notNull(),
    area: text('area').notNull(),
    participantsCount: integer('participants_count'),
    /** Participating organisations ("Polisen, Fastighetsbolaget, Fritidsgården"), never citizens' names. */
    organisations: text('organisations').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('safety_walks_report_idx').on(t.reportId)],
);

export const observationStatus = pgEnum('observation_status', ['open', 'in_progress', 'done', 'declined']);

export const safetyWalkObservations = pgTable(
  'safety_walk_observations',
  {
    id: id(),
    collaborationId: collaborationRef(),
    walkId: uuid('walk_id')
      .notNull()
      .references(() => safetyWalks.id, { onDelete: 'cascade' }),
    place: text('place').notNull(),
    problem: text('problem').notNull(),
    proposedAction: text('proposed_action').notNull().default(''),
    /** Who acts on it: an organisation of the collaboration, or free text. */
    owner: text('owner').notNull().default(''),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    status: observationStatus('status').notNull().default('open'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('safety_walk_observations_walk_idx').on(t.walkId)],
);

/** EST-style incident reports (Effektiv samordning för trygghet): what staff saw, where and when; no names. */
export const incidentReports = pgTable(
  'incident_reports',
  {
    id: id(),
    collaborationId: collaborationRef(),
    reportId: reportRef(),
    occurredOn: date('occurred_on').notNull(),
    /** "morgon" | "dag" | "kväll" | "natt" | "" */
    timeOfDay: text('time_of_day').notNull().default(''),
    /** "Skadegörelse", "Klotter", "Brand", "Ordningsstörning", "Narkotika", "Hot och våld", "Otrygghet" … */
    category: text('category').notNull(),
    place: text('place').notNull(),
    area: text('area').notNull().default(''),
    description: text('description').notNull().default(''),
    /** The reporting organisation or role ("Fastighetsbolaget", "Skolan"). */
    reportedBy: text('reported_by').notNull().default(''),
    count: integer('count').notNull().default(1),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('incident_reports_report_idx').on(t.reportId, t.occurredOn)],
);

// Indicators (issue 7): what is measured, from where, against which baseline and target.
export const indicatorDirection = pgEnum('indicator_direction', ['increase', 'decrease', 'maintain']);
export const indicatorSource = pgEnum('indicator_source', ['manual', 'kolada', 'bra', 'survey', 'activity_count']);

export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    collaborationId: collaborationRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** "antal", "per 100 000 invånare", "procent" … */
    unit: text('unit').notNull().default(''),
    direction: indicatorDirection('direction').notNull(),
    source: indicatorSource('source').notNull(),
    /** For kolada/bra/survey: the statistic_values series (KPI id, Brå category path, survey question). */
    sourceSeries: text('source_series'),
    /** For kolada/bra/survey: the area's SCB code ("" for a survey area that is not a municipality). */
    sourceAreaCode: text('source_area_code'),
    /** For survey: the area name; for kolada: the gender split (T/K/M). */
    sourceArea: text('source_area').notNull().default(''),
    sourceDimension: text('source_dimension').notNull().default(''),
    /** For bra: divide by the population of the same area and year, times 100 000. */
    per100k: boolean('per_100k').notNull().default(false),
    /** For activity_count: the plan activity whose logged count is the series. */
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    /** Baseline: value and the period it refers to ("2023", "2023K1", "2023-03", "2023-05-14"). */
    baselineValue: doublePrecision('baseline_value'),
    baselinePeriod: text('baseline_period'),
    targetValue: doublePrecision('target_value'),
    targetPeriod: text('target_period'),
    /** For "maintain": how far from the target still counts as kept. */
    tolerance: doublePrecision('tolerance'),
    /** Set when adopted: from then the baseline is frozen. */
    adoptedOn: date('adopted_on'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('indicators_collaboration_idx').on(t.collaborationId)],
);

/** Manually entered measurements (source "manual"); other sources derive their series from the data. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: id(),
    collaborationId: collaborationRef(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicator_values_period_key').on(t.indicatorId, t.period)],
);

// Problems and their cause analysis (issue 7): problem → cause → activity → indicator.
export const problemPriority = pgEnum('problem_priority', ['high', 'medium', 'low']);
export const causeKind = pgEnum('cause_kind', ['cause', 'risk_factor', 'protective_factor']);

export const problems = pgTable(
  'problems',
  {
    id: id(),
    collaborationId: collaborationRef(),
    /** The lägesbild that identified the problem. */
    reportId: uuid('report_id').references(() => situationReports.id, { onDelete: 'set null' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    area: text('area').notNull().default(''),
    priority: problemPriority('priority').notNull().default('medium'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('problems_collaboration_idx').on(t.collaborationId)],
);

export const problemCauses = pgTable(
  'problem_causes',
  {
    id: id(),
    collaborationId: collaborationRef(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    kind: causeKind('kind').notNull(),
    description: text('description').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('problem_causes_problem_idx').on(t.problemId)],
);

/** The plan activities that address a problem, optionally naming the cause they work on. */
export const problemActivities = pgTable(
  'problem_activities',
  {
    collaborationId: collaborationRef(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    causeId: uuid('cause_id').references(() => problemCauses.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.activityId] })],
);

/** The indicators that show whether a problem is getting smaller. */
export const problemIndicators = pgTable(
  'problem_indicators',
  {
    collaborationId: collaborationRef(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.indicatorId] })],
);
