import { createHash } from 'node:crypto';
import { buildAgreementDocument } from '#exporters/documents/build-agreement.js';
import { indicatorStatus, seriesUpTo } from '#domain/indicators/status.js';
import { buildFollowUpReport, type IndicatorSummary, type NotableEntry } from '#exporters/documents/build-followup.js';
import { buildPlanDocument, planKindLabels } from '#exporters/documents/build-plan.js';
import { buildPromiseDocument } from '#exporters/documents/build-promise.js';
import { buildSituationReportDocument } from '#exporters/documents/build-situation-report.js';
import type { DocumentModel } from '#exporters/documents/model.js';
import { renderDocx } from '#exporters/documents/render-docx.js';
import { renderPdf } from '#exporters/documents/render-pdf.js';
import type { Db } from '#server/db/client.js';
import { AppError, notFound } from '#server/http/errors.js';
import type { Viewer } from '#server/http/viewer.js';
import { doneCounts } from '#server/modules/activity-log/activity-log.repo.js';
import { getAgreement, getAgreements } from '#server/modules/agreements/agreements.service.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { getCollaboration } from '#server/modules/collaborations/collaborations.service.js';
import { planDashboard, todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { getFocusAreas } from '#server/modules/focus-areas/focus-areas.service.js';
import { getGroups } from '#server/modules/groups/groups.service.js';
import { listIndicatorSummaries } from '#server/modules/indicators/indicators.service.js';
import { getPlan, getPlans } from '#server/modules/plans/plans.service.js';
import { getPromise, getPromises } from '#server/modules/promises/promises.service.js';
import { reportProblems } from '#server/modules/situation-reports/situation-reports.problems.js';
import type { Snapshot } from '#server/modules/situation-reports/situation-reports.schemas.js';
import { getReport, getReports, getVersion } from '#server/modules/situation-reports/situation-reports.service.js';
import {
  anyRestricted,
  dataVersion,
  findExport,
  insertExport,
  listExports,
  notedLogs,
  notesInPeriod,
  restrictedLogsUsed,
  type DocumentExportRow,
} from './documents.repo.js';

export type DocumentKind = DocumentExportRow['kind'];
export type DocumentFormat = DocumentExportRow['format'];

export const contentTypes: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface DocumentRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  /** The agreement, promise or plan; when left out, the one in force (or the latest). */
  subjectId?: string | undefined;
  /** The follow-up report's year (default the current year), or the lägesbild's year (default the latest). */
  year?: number | undefined;
  /** Overrides the diarienummer (an agreement's own is used otherwise). */
  diarienummer?: string | undefined;
}

/** Who the document is made for and when: restricted content of other organisations never goes in. */
export interface Producer {
  viewerOrganisationId: string | null;
  /** Today in Sweden: the document's date and the day statuses are computed for. */
  today: string;
  now: Date;
}

export interface ProducedDocument {
  kind: DocumentKind;
  format: DocumentFormat;
  subjectId: string;
  year: number | null;
  dataVersion: number;
  versionLabel: string;
  diarienummer: string;
  filename: string;
  contentType: string;
  data: Buffer;
  /** The producer's organisation when the document holds content restricted to it. */
  restrictedToOrganisationId: string | null;
}

interface Built {
  model: DocumentModel;
  subjectId: string;
  year: number | null;
  restricted: boolean;
}

const missing = (message: string) => new AppError('NOT_FOUND', message);

const agreementKindLabels = { samverkansoverenskommelse: 'Samverkansöverenskommelse', samverkansavtal: 'Samverkansavtal' } as const;

/** A party as a document names it: "Norsjö kommun", "Lokalpolisområde Skellefteå". */
export function partyName(org: { kind: string; name: string }): string {
  if (org.kind === 'kommun') return /kommun$/i.test(org.name) ? org.name : `${org.name} kommun`;
  if (org.kind === 'lokalpolisomrade') return /^lokalpolisområde/i.test(org.name) ? org.name : `Lokalpolisområde ${org.name}`;
  return org.name;
}

async function context(db: Db, collaborationId: string) {
  const collaboration = await getCollaboration(db, collaborationId, 'viewer');
  const organisationNames = new Map(collaboration.parties.map((p) => [p.id, partyName(p)]));
  const focusAreaNames = new Map((await getFocusAreas(db, collaborationId)).map((a) => [a.id, a.name]));
  return { collaboration, organisationNames, focusAreaNames, parties: collaboration.parties.map(partyName) };
}

async function agreementDocument(db: Db, collaborationId: string, req: DocumentRequest, p: Producer): Promise<Built> {
  let agreementId = req.subjectId;
  if (!agreementId) {
    const all = await getAgreements(db, collaborationId, p.today);
    const inForce = all.find((a) => a.status.status === 'gallande' || a.status.status === 'loper-snart-ut') ?? all[0];
    if (!inForce) throw missing('Samverkan har inget avtal att exportera. Lägg in avtalet först.');
    agreementId = inForce.id;
  }
  const a = await getAgreement(db, collaborationId, agreementId, p.today);
  const ctx = await context(db, collaborationId);
  const versionLabel = a.adopted
    ? `Version ${a.currentVersion} (fastställd ${a.adoptedVersion?.adoptedOn ?? ''})`.replace(' ()', '')
    : `Version ${a.currentVersion} (utkast)`;
  const model = buildAgreementDocument({
    title: a.title,
    kindLabel: agreementKindLabels[a.kind],
    content: a.content,
    organisationNames: ctx.organisationNames,
    focusAreaNames: ctx.focusAreaNames,
    versionLabel,
    validityText: a.validityText?.sv ?? null,
    statusText: a.status.text.sv,
    adoptedOn: a.adoptedVersion?.adoptedOn ?? null,
    date: p.today,
  });
  return { model, subjectId: a.id, year: null, restricted: false };
}

async function promiseDocument(db: Db, collaborationId: string, req: DocumentRequest, p: Producer, version: string): Promise<Built> {
  const promiseId = req.subjectId ?? (await getPromises(db, collaborationId))[0]?.id;
  if (!promiseId) throw missing('Samverkan har inga medborgarlöften att exportera. Lägg in löftena först.');
  const promise = await getPromise(db, collaborationId, promiseId);
  const ctx = await context(db, collaborationId);
  const linked = new Set(promise.items.flatMap((i) => i.activities.map((a) => a.id)));
  const planIds = [...new Set(promise.items.flatMap((i) => i.activities.map((a) => a.planId)))];
  const activities = (await Promise.all(planIds.map((id) => getPlan(db, collaborationId, id)))).flatMap((plan) => plan.activities.filter((a) => linked.has(a.id)));
  const model = buildPromiseDocument({ promise, activities, ...ctx, versionLabel: version, diarienummer: req.diarienummer ?? '', date: p.today });
  return { model, subjectId: promise.id, year: null, restricted: false };
}

/** The plan to report on: the one asked for, else the one running on `day`, else the latest. */
async function choosePlan(db: Db, collaborationId: string, subjectId: string | undefined, day: string) {
  if (subjectId) return getPlan(db, collaborationId, subjectId);
  const all = await getPlans(db, collaborationId);
  const chosen = all.find((plan) => plan.periodStart <= day && day <= plan.periodEnd) ?? all[0];
  if (!chosen) throw missing('Samverkan har ingen plan att exportera. Lägg in planen först.');
  return getPlan(db, collaborationId, chosen.id);
}

async function planBasics(db: Db, collaborationId: string, plan: Awaited<ReturnType<typeof getPlan>>) {
  const adoptedBy = plan.adoptedByGroupId ? ((await getGroups(db, collaborationId)).find((g) => g.id === plan.adoptedByGroupId)?.name ?? null) : null;
  return { kindLabel: planKindLabels[plan.kind], adoptedOn: plan.adoptedOn, adoptedBy, shiftsPerWeek: plan.shiftsPerWeek };
}

async function planDocument(db: Db, collaborationId: string, req: DocumentRequest, p: Producer, version: string): Promise<Built> {
  const plan = await choosePlan(db, collaborationId, req.subjectId, p.today);
  const dashboard = await planDashboard(db, collaborationId, plan.id, p.today, p.viewerOrganisationId);
  const ctx = await context(db, collaborationId);
  const model = buildPlanDocument({ dashboard, ...(await planBasics(db, collaborationId, plan)), parties: ctx.parties, versionLabel: version, diarienummer: req.diarienummer ?? '', date: p.today });
  const restricted = (await restrictedLogsUsed(db, { collaborationId, planId: plan.id, to: p.today, viewerOrganisationId: p.viewerOrganisationId })) > 0;
  return { model, subjectId: plan.id, year: null, restricted };
}

/** How many log entries and notes the report lists under "Noterbart under året". */
export const NOTABLE_LIMIT = 15;

/** The collaboration's indicators as they stood on the report's day: values of periods begun by then. */
async function indicatorsAsOf(db: Db, collaborationId: string, asOf: string, viewerOrganisationId: string | null): Promise<IndicatorSummary[]> {
  const indicators = await listIndicatorSummaries(db, collaborationId, { viewerOrganisationId });
  return indicators.map((i) => {
    const status = indicatorStatus({ ...i, series: seriesUpTo(i.series, asOf) });
    return {
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baselineValue,
      baselinePeriod: i.baselinePeriod,
      target: i.targetValue,
      targetPeriod: i.targetPeriod,
      latest: status.latest?.value ?? null,
      latestPeriod: status.latest?.period ?? null,
      status: status.status,
    };
  });
}

async function followUpReport(db: Db, collaborationId: string, req: DocumentRequest, p: Producer, version: string): Promise<Built> {
  const year = req.year ?? Number(p.today.slice(0, 4));
  const from = `${year}-01-01`;
  if (from > p.today) throw new AppError('VALIDATION', `År ${year} har inte börjat; välj ett år som har börjat.`);
  const asOf = `${year}-12-31` < p.today ? `${year}-12-31` : p.today;
  const plan = await choosePlan(db, collaborationId, req.subjectId, asOf);
  if (plan.periodStart > asOf || plan.periodEnd < from) {
    throw missing(`Planen "${plan.title}" gäller ${plan.periodStart} – ${plan.periodEnd}, inte år ${year}.`);
  }
  const filter = { collaborationId, planId: plan.id, viewerOrganisationId: p.viewerOrganisationId };
  const [dashboard, done, logs, notes, ctx, restrictedLogs, indicators] = await Promise.all([
    planDashboard(db, collaborationId, plan.id, asOf, p.viewerOrganisationId),
    doneCounts(db, { collaborationId, activityIds: plan.activities.map((a) => a.id), from, to: asOf, viewerOrganisationId: p.viewerOrganisationId }),
    notedLogs(db, { ...filter, from, to: asOf, limit: 200 }),
    notesInPeriod(db, { ...filter, from, to: asOf }),
    context(db, collaborationId),
    restrictedLogsUsed(db, { ...filter, to: asOf }),
    indicatorsAsOf(db, collaborationId, asOf, p.viewerOrganisationId),
  ]);
  // One line per activity and note text (a patrol logged 40 times with the same note is one notable thing).
  const seen = new Set<string>();
  const notable: (NotableEntry & { restricted: string | null })[] = [];
  for (const n of notes) notable.push({ date: n.date, activity: n.what, kind: 'Anteckning', text: n.text, restricted: n.restricted });
  for (const l of logs) {
    const key = `${l.activityId}\u0000${l.note}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notable.push({ date: l.date, activity: l.what, kind: 'Genomförd', text: l.note, restricted: l.restricted });
  }
  notable.sort((a, b) => b.date.localeCompare(a.date));
  const shown = notable.slice(0, NOTABLE_LIMIT);
  const model = await buildFollowUpReport({
    dashboard,
    year,
    doneInYear: done,
    notable: shown.map(({ restricted: _r, ...n }) => n),
    indicators,
    parties: ctx.parties,
    versionLabel: version,
    diarienummer: req.diarienummer ?? '',
    date: p.today,
  });
  return { model, subjectId: plan.id, year, restricted: restrictedLogs > 0 || anyRestricted(shown) };
}

/**
 * The lägesbild: its adopted version exactly as frozen, or, while the content is a draft (new, or changed since
 * adoption), the current content marked "utkast".
 */
async function situationReportDocument(db: Db, collaborationId: string, req: DocumentRequest, p: Producer): Promise<Built> {
  let reportId = req.subjectId;
  if (!reportId) {
    const reports = (await getReports(db, collaborationId)).sort((a, b) => b.year - a.year);
    const chosen = req.year === undefined ? reports[0] : reports.find((r) => r.year === req.year);
    if (!chosen) {
      throw missing(req.year === undefined ? 'Samverkan har ingen lägesbild att exportera. Lägg in lägesbilden först.' : `Samverkan har ingen lägesbild för ${req.year}.`);
    }
    reportId = chosen.id;
  }
  const report = await getReport(db, collaborationId, reportId);
  const ctx = await context(db, collaborationId);
  let content: Snapshot;
  let versionLabel: string;
  let adoptedOn: string | null = null;
  if (report.adopted && report.adoptedVersion) {
    const version = await getVersion(db, collaborationId, report.id, report.adoptedVersion.number);
    content = version.snapshot;
    adoptedOn = version.adoptedOn;
    versionLabel = `Version ${version.number} (fastställd ${version.adoptedOn})`;
  } else {
    content = {
      year: report.year,
      title: report.title,
      mappingText: report.mappingText,
      otherText: report.otherText,
      analysisText: report.analysisText,
      chartSeries: report.chartSeries,
      comparisonAreaCodes: report.comparisonAreaCodes,
      charts: report.charts,
      dialogues: report.dialogues,
      walks: report.walks,
      incidents: report.incidents,
      incidentSummary: report.incidentSummary,
      problems: await reportProblems(db, collaborationId, report.id),
      adoptedByGroup: null,
    };
    versionLabel = `Version ${report.currentNumber} (utkast)`;
  }
  const model = await buildSituationReportDocument({ content, versionLabel, adoptedOn, parties: ctx.parties, diarienummer: req.diarienummer ?? '', date: p.today });
  return { model, subjectId: report.id, year: report.year, restricted: false };
}

function fileName(kind: DocumentKind, title: string, format: DocumentFormat) {
  const prefix = { agreement: 'Avtal', promise: 'Medborgarlöften', plan: 'Plan', 'followup-report': 'Uppföljning', 'situation-report': 'Lägesbild' }[kind];
  const clean = title.replace(/[^\p{L}\p{N} .,–-]/gu, '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${prefix} – ${clean || kind}.${format}`;
}

/** Builds the document from the data as the producer may see it, and renders it. */
export async function produceDocument(db: Db, collaborationId: string, req: DocumentRequest, p: Producer): Promise<ProducedDocument> {
  await getCollaboration(db, collaborationId, 'viewer');
  const version = await dataVersion(db, collaborationId);
  const versionText = `Dataversion ${version}`;
  const built =
    req.kind === 'agreement'
      ? await agreementDocument(db, collaborationId, req, p)
      : req.kind === 'promise'
        ? await promiseDocument(db, collaborationId, req, p, versionText)
        : req.kind === 'plan'
          ? await planDocument(db, collaborationId, req, p, versionText)
          : req.kind === 'followup-report'
            ? await followUpReport(db, collaborationId, req, p, versionText)
            : await situationReportDocument(db, collaborationId, req, p);
  if (req.diarienummer) built.model.stamp.diarienummer = req.diarienummer;
  const data = req.format === 'docx' ? await renderDocx(built.model) : await renderPdf(built.model, { createdAt: p.now });
  return {
    kind: req.kind,
    format: req.format,
    subjectId: built.subjectId,
    year: built.year,
    dataVersion: version,
    versionLabel: built.model.stamp.version,
    diarienummer: built.model.stamp.diarienummer,
    filename: fileName(req.kind, built.model.title, req.format),
    contentType: contentTypes[req.format],
    data,
    restrictedToOrganisationId: built.restricted ? p.viewerOrganisationId : null,
  };
}

type Listing = Awaited<ReturnType<typeof listExports>>[number];

export function presentExport(row: Listing) {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    subjectId: row.subjectId,
    year: row.year,
    dataVersion: row.dataVersion,
    versionLabel: row.versionLabel,
    diarienummer: row.diarienummer,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    restricted: row.restrictedToOrganisationId !== null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy && row.createdByName !== null ? { id: row.createdBy, displayName: row.createdByName } : null,
  };
}

/** Makes the document as the member sees the data, stores it and records who made it. */
export async function createExport(db: Db, actor: Actor, viewer: Viewer, collaborationId: string, req: DocumentRequest, now = new Date()) {
  const doc = await produceDocument(db, collaborationId, req, { viewerOrganisationId: viewer.organisationId, today: todayInSweden(now), now });
  const sha256 = createHash('sha256').update(doc.data).digest('hex');
  const id = await db.transaction(async (tx) => {
    const inserted = await insertExport(tx, {
      collaborationId,
      kind: doc.kind,
      format: doc.format,
      subjectId: doc.subjectId,
      year: doc.year,
      dataVersion: doc.dataVersion,
      versionLabel: doc.versionLabel,
      diarienummer: doc.diarienummer,
      filename: doc.filename,
      contentType: doc.contentType,
      size: doc.data.length,
      sha256,
      data: doc.data,
      restrictedToOrganisationId: doc.restrictedToOrganisationId,
      createdBy: viewer.userId,
    });
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'create',
      entityType: 'document-export',
      entityId: inserted,
      after: { kind: doc.kind, format: doc.format, subjectId: doc.subjectId, year: doc.year, dataVersion: doc.dataVersion, sha256, size: doc.data.length },
      restrictedToOrganisationId: doc.restrictedToOrganisationId,
    });
    return inserted;
  });
  const row = await findExport(db, collaborationId, id, viewer.organisationId);
  if (!row) throw notFound('Exporten');
  return presentExport(row);
}

/** How many earlier exports the list shows, newest first. */
export const EXPORT_LIST_LIMIT = 200;

export async function getExports(db: Db, viewer: Viewer, collaborationId: string) {
  return (await listExports(db, collaborationId, viewer.organisationId, EXPORT_LIST_LIMIT)).map(presentExport);
}

export async function readExport(db: Db, viewer: Viewer, collaborationId: string, exportId: string) {
  const row = await findExport(db, collaborationId, exportId, viewer.organisationId);
  if (!row) throw notFound('Dokumentet');
  return { filename: row.filename, contentType: row.contentType, data: row.data };
}
