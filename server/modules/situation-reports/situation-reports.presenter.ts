import type { DialogueRow, IncidentRow, ObservationRow, ReportChildren, ReportRow, VersionRef, VersionWithNames, WalkRow } from './situation-reports.repo.js';
import { chartSeriesSchema, snapshotSchema, timeOfDaySchema, type ChartSeries, type Snapshot } from './situation-reports.schemas.js';

/** Stored chart series, read through the contract (an entry that no longer fits is left out rather than failing). */
export function readChartSeries(stored: unknown): ChartSeries[] {
  return (Array.isArray(stored) ? stored : []).flatMap((s) => {
    const parsed = chartSeriesSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

export function presentDialogue(d: DialogueRow) {
  return {
    id: d.id,
    reportId: d.reportId,
    kind: d.kind,
    heldOn: d.heldOn,
    method: d.method,
    area: d.area,
    participantsCount: d.participantsCount,
    notes: d.notes,
    outcomes: d.outcomes,
    version: d.version,
  };
}

export function presentObservation(o: ObservationRow) {
  return {
    id: o.id,
    walkId: o.walkId,
    place: o.place,
    problem: o.problem,
    proposedAction: o.proposedAction,
    owner: o.owner,
    ownerOrganisationId: o.ownerOrganisationId,
    status: o.status,
    sortOrder: o.sortOrder,
    version: o.version,
  };
}

export function presentWalk(w: WalkRow, observations: ObservationRow[]) {
  return {
    id: w.id,
    reportId: w.reportId,
    walkedOn: w.walkedOn,
    area: w.area,
    participantsCount: w.participantsCount,
    organisations: w.organisations,
    notes: w.notes,
    observations: observations.filter((o) => o.walkId === w.id).map(presentObservation),
    version: w.version,
  };
}

export function presentIncident(i: IncidentRow) {
  const timeOfDay = timeOfDaySchema.safeParse(i.timeOfDay);
  return {
    id: i.id,
    reportId: i.reportId,
    occurredOn: i.occurredOn,
    timeOfDay: timeOfDay.success ? timeOfDay.data : ('' as const),
    category: i.category,
    place: i.place,
    area: i.area,
    description: i.description,
    reportedBy: i.reportedBy,
    count: i.count,
    version: i.version,
  };
}

export function presentChildren(c: ReportChildren) {
  return {
    dialogues: c.dialogues.map(presentDialogue),
    walks: c.walks.map((w) => presentWalk(w, c.observations)),
    incidents: c.incidents.map(presentIncident),
  };
}

export function presentSummary(row: ReportRow, latest: VersionRef | undefined) {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    adopted: row.adopted,
    adoptedVersion: latest ?? null,
    currentNumber: row.adopted && latest ? latest.number : (latest?.number ?? 0) + 1,
    version: row.version,
  };
}

/** The report's own fields, for the audit trail and as the base of the DTO. */
export function reportFields(row: ReportRow) {
  return {
    year: row.year,
    title: row.title,
    mappingText: row.mappingText,
    otherText: row.otherText,
    analysisText: row.analysisText,
    chartSeries: readChartSeries(row.chartSeries),
    comparisonAreaCodes: row.comparisonAreaCodes,
  };
}

export function auditView(row: ReportRow) {
  return { id: row.id, ...reportFields(row), adopted: row.adopted, adoptedOn: row.adoptedOn, adoptedByGroupId: row.adoptedByGroupId, version: row.version };
}

export function readSnapshot(stored: unknown): Snapshot {
  return snapshotSchema.parse(stored);
}

export function presentVersionSummary(v: VersionWithNames) {
  return {
    number: v.version.number,
    adoptedOn: v.version.adoptedOn,
    adoptedByGroup: v.version.adoptedByGroupId && v.groupName !== null ? { id: v.version.adoptedByGroupId, name: v.groupName } : null,
    adoptedBy: v.version.adoptedBy && v.adoptedByName !== null ? { id: v.version.adoptedBy, displayName: v.adoptedByName } : null,
  };
}

export function presentVersion(v: VersionWithNames) {
  return { ...presentVersionSummary(v), reportId: v.version.reportId, snapshot: readSnapshot(v.version.snapshot) };
}
