import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { indicatorStatus, periodRange, sortSeries } from '#domain/indicators/status.js';
import type { Db } from '#server/db/client.js';
import { activities, focusAreas, indicators } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import { systemActor, type Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { listStatisticValues } from '#server/modules/data-import/data-import.repo.js';
import {
  activityNames,
  deleteIndicator,
  deleteManualValue,
  findManualValue,
  insertIndicator,
  listIndicatorRows,
  listManualValues,
  loggedCountPerYear,
  insertManualValue,
  nextIndicatorOrder,
  updateManualValueIfVersion,
  type IndicatorRow,
  type IndicatorValueRow,
} from './indicators.repo.js';
import type { CreateIndicatorInput, IndicatorDto, UpdateIndicatorInput } from './indicators.schemas.js';

export type { IndicatorDto } from './indicators.schemas.js';

type Point = { period: string; value: number; note: string; version: number | null };

export interface IndicatorReadOptions {
  /** Only these indicators (in the collaboration); the others are left out. */
  ids?: string[];
  focusAreaId?: string;
  /**
   * For activity_count: logged rows restricted to this organisation are counted too, as in the follow-up.
   * Without it only open rows count.
   */
  viewerOrganisationId?: string | null;
}

export const MESSAGES = {
  frozen: (adoptedOn: string) =>
    `Utgångsvärdet är fryst sedan indikatorn fastställdes ${adoptedOn}. Utgångsvärde och period kan inte ändras; skapa en ny indikator om utgångsläget behöver göras om.`,
  noBaseline: 'Indikatorn kan inte fastställas utan ett utgångsvärde och den period det gäller.',
  alreadyAdopted: 'Indikatorn är redan fastställd.',
  manualOnly: 'Värden kan bara föras in för indikatorer med källan "manuell"; de andra hämtar sina värden ur data.',
  periodMissing: 'Det finns inget värde för den perioden.',
  valueExists: (period: string) => `Någon annan har redan fört in ett värde för ${period}. Se värdet nedan; rätta det om ditt värde är det som gäller.`,
  valueChanged: (period: string) => `Någon annan har ändrat värdet för ${period} medan du rättade det. Se värdet nedan och gör om din rättelse om den fortfarande behövs.`,
  valueRemoved: (period: string) => `Någon annan har tagit bort värdet för ${period} medan du rättade det. För in det på nytt om det behövs.`,
} as const;

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, [{ field: `body.${field}`, message }]);

/** The series of each indicator, derived on read from its source (never copied). */
async function seriesOf(db: Db, collaborationId: string, rows: IndicatorRow[], viewerOrganisationId: string | null): Promise<Map<string, Point[]>> {
  const series = new Map<string, Point[]>(rows.map((r) => [r.id, []]));
  const manual = rows.filter((r) => r.source === 'manual');
  for (const v of await listManualValues(db, manual.map((r) => r.id))) series.get(v.indicatorId)?.push({ period: v.period, value: v.value, note: v.note, version: v.version });

  const counted = rows.filter((r) => r.source === 'activity_count' && r.activityId);
  const perYear = await loggedCountPerYear(db, { collaborationId, activityIds: [...new Set(counted.map((r) => r.activityId!))], viewerOrganisationId });
  for (const r of counted) series.set(r.id, perYear.filter((p) => p.activityId === r.activityId).map((p) => ({ period: p.period, value: p.value, note: '', version: null })));

  for (const r of rows) {
    if ((r.source !== 'kolada' && r.source !== 'bra' && r.source !== 'survey') || !r.sourceSeries) continue;
    const values = await listStatisticValues(db, collaborationId, { source: r.source, series: r.sourceSeries, areaCode: r.sourceAreaCode ?? undefined });
    const points: Point[] = [];
    for (const v of values) {
      if (r.sourceAreaCode !== null && v.areaCode !== r.sourceAreaCode) continue;
      if (r.source === 'survey' && v.area !== r.sourceArea) continue;
      if (r.source === 'kolada' && v.dimension !== (r.sourceDimension || 'T')) continue;
      const value = r.source === 'bra' && r.per100k ? v.per100k : v.value;
      if (value !== null) points.push({ period: v.period, value, note: '', version: null });
    }
    series.set(r.id, points);
  }
  for (const [id, points] of series) series.set(id, sortSeries(points));
  return series;
}

function present(r: IndicatorRow, series: Point[], activityName: string | null): IndicatorDto {
  const status = indicatorStatus({ direction: r.direction, baselineValue: r.baselineValue, targetValue: r.targetValue, tolerance: r.tolerance, series });
  return {
    id: r.id,
    ...fieldsOf(r),
    activityName,
    adoptedOn: r.adoptedOn,
    sortOrder: r.sortOrder,
    version: r.version,
    series,
    status: { status: status.status, colour: status.colour, latest: status.latest ? { period: status.latest.period, value: status.latest.value } : null, change: status.change, progress: status.progress },
  };
}

async function presentRows(db: Db, collaborationId: string, rows: IndicatorRow[], viewerOrganisationId: string | null): Promise<IndicatorDto[]> {
  const [series, names] = await Promise.all([
    seriesOf(db, collaborationId, rows, viewerOrganisationId),
    activityNames(db, collaborationId, [...new Set(rows.flatMap((r) => (r.activityId ? [r.activityId] : [])))]),
  ]);
  return rows.map((r) => present(r, series.get(r.id) ?? [], r.activityId ? (names.get(r.activityId) ?? null) : null));
}

/**
 * The collaboration's indicators with their series and status, in their order. `ids` narrows to those
 * indicators (ids of another collaboration are left out). Used by the indicator pages, problems, the
 * lägesbild and the follow-up report.
 */
export async function listIndicatorSummaries(db: Db, collaborationId: string, options: IndicatorReadOptions = {}): Promise<IndicatorDto[]> {
  const rows = await listIndicatorRows(db, collaborationId, { ids: options.ids, focusAreaId: options.focusAreaId });
  return presentRows(db, collaborationId, rows, options.viewerOrganisationId ?? null);
}

export async function getIndicator(db: Db, collaborationId: string, id: string, viewerOrganisationId: string | null = null): Promise<IndicatorDto> {
  const row = await findInCollaboration(db, indicators, collaborationId, id);
  if (!row) throw notFound('Indikatorn');
  const [dto] = await presentRows(db, collaborationId, [row], viewerOrganisationId);
  return dto!;
}

type IndicatorFields = Omit<CreateIndicatorInput, 'sortOrder'>;

/** Checks what the source needs, and that linked activities and focus areas belong to this collaboration. */
async function checkFields(db: Db, collaborationId: string, f: IndicatorFields): Promise<IndicatorFields> {
  const clean = { ...f };
  if (f.source === 'kolada') {
    if (!f.sourceSeries) throw invalid('sourceSeries', 'Ange Koladas KPI-id (t.ex. N07403).');
    if (!f.sourceAreaCode) throw invalid('sourceAreaCode', 'Ange kommunkoden för Kolada-värdena (fyra siffror).');
    clean.sourceDimension = f.sourceDimension || 'T';
  } else if (f.source === 'bra') {
    if (!f.sourceSeries) throw invalid('sourceSeries', 'Ange brottskategorin från Brå.');
    if (!f.sourceAreaCode) throw invalid('sourceAreaCode', 'Ange kommunkoden för Brå-värdena (fyra siffror).');
  } else if (f.source === 'survey') {
    if (!f.sourceSeries) throw invalid('sourceSeries', 'Ange enkätfrågan.');
    if (!f.sourceArea) throw invalid('sourceArea', 'Ange området som enkätsvaren gäller.');
  } else if (f.source === 'activity_count') {
    if (!f.activityId) throw invalid('activityId', 'Välj den aktivitet i handlingsplanen vars loggade antal ska räknas.');
  }
  if (f.source !== 'kolada' && f.source !== 'bra' && f.source !== 'survey') {
    clean.sourceSeries = null;
    clean.sourceAreaCode = null;
    clean.sourceArea = '';
  }
  if (f.source !== 'kolada') clean.sourceDimension = '';
  if (f.source !== 'bra') clean.per100k = false;
  if (f.source !== 'activity_count') clean.activityId = null;
  if (f.per100k && f.source === 'bra' && !f.unit) clean.unit = 'per 100 000 invånare';
  if (clean.activityId && !(await findInCollaboration(db, activities, collaborationId, clean.activityId))) {
    throw invalid('activityId', 'Aktiviteten finns inte i samverkans handlingsplaner.');
  }
  if (clean.focusAreaId && !(await findInCollaboration(db, focusAreas, collaborationId, clean.focusAreaId))) {
    throw invalid('focusAreaId', 'Fokusområdet finns inte i samverkan.');
  }
  if (f.baselinePeriod !== null && f.baselineValue === null) throw invalid('baselineValue', 'Ange utgångsvärdet för perioden, eller ta bort perioden.');
  if (f.targetPeriod !== null && f.targetValue === null) throw invalid('targetValue', 'Ange målvärdet för målperioden, eller ta bort perioden.');
  return clean;
}

const auditView = (r: IndicatorRow) => {
  const { createdAt: _c, updatedAt: _u, collaborationId: _k, ...rest } = r;
  return rest;
};

export async function createIndicator(db: Db, actor: Actor, collaborationId: string, input: CreateIndicatorInput): Promise<IndicatorDto> {
  const { sortOrder, ...fields } = input;
  const clean = await checkFields(db, collaborationId, fields);
  const row = await db.transaction(async (tx) => {
    const created = await insertIndicator(tx, { ...clean, collaborationId, sortOrder: sortOrder ?? (await nextIndicatorOrder(tx, collaborationId)) });
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'indicator', entityId: created.id, after: auditView(created) });
    return created;
  });
  return getIndicator(db, collaborationId, row.id);
}

const fieldsOf = (r: IndicatorRow): IndicatorFields => ({
  name: r.name,
  description: r.description,
  unit: r.unit,
  direction: r.direction,
  source: r.source,
  sourceSeries: r.sourceSeries,
  sourceAreaCode: r.sourceAreaCode,
  sourceArea: r.sourceArea,
  sourceDimension: r.sourceDimension as IndicatorFields['sourceDimension'],
  per100k: r.per100k,
  activityId: r.activityId,
  focusAreaId: r.focusAreaId,
  baselineValue: r.baselineValue,
  baselinePeriod: r.baselinePeriod,
  targetValue: r.targetValue,
  targetPeriod: r.targetPeriod,
  tolerance: r.tolerance,
});

export async function updateIndicator(
  db: Db,
  actor: Actor,
  collaborationId: string,
  id: string,
  expectedVersion: number,
  patch: UpdateIndicatorInput,
  viewerOrganisationId: string | null = null,
): Promise<IndicatorDto> {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, indicators, collaborationId, id);
    if (!before) throw notFound('Indikatorn');
    if (before.version !== expectedVersion) throw staleVersion((await presentRows(tx, collaborationId, [before], viewerOrganisationId))[0]);
    const { sortOrder, ...changes } = patch;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<IndicatorFields>;
    const merged = { ...fieldsOf(before), ...defined };
    if (before.adoptedOn !== null && (merged.baselineValue !== before.baselineValue || merged.baselinePeriod !== before.baselinePeriod)) {
      throw new AppError('CONFLICT', MESSAGES.frozen(before.adoptedOn));
    }
    const clean = await checkFields(tx, collaborationId, merged);
    const after = await updateIfVersion(tx, indicators, collaborationId, id, expectedVersion, { ...clean, ...(sortOrder !== undefined ? { sortOrder } : {}) });
    if (!after) throw staleVersion((await presentRows(tx, collaborationId, [before], viewerOrganisationId))[0]);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'indicator', entityId: id, before: auditView(before), after: auditView(after) });
  });
  return getIndicator(db, collaborationId, id, viewerOrganisationId);
}

export async function removeIndicator(db: Db, actor: Actor, collaborationId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, indicators, collaborationId, id);
    if (!before) throw notFound('Indikatorn');
    await deleteIndicator(tx, id);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'indicator', entityId: id, before: auditView(before) });
  });
}

/** Fastställ: freezes the baseline, as the user saw it (expectedVersion). Needs a baseline value and its period. */
export async function adoptIndicator(
  db: Db,
  actor: Actor,
  collaborationId: string,
  id: string,
  expectedVersion: number,
  adoptedOn: string,
  viewerOrganisationId: string | null = null,
): Promise<IndicatorDto> {
  await db.transaction(async (tx) => {
    const before = await findInCollaboration(tx, indicators, collaborationId, id);
    if (!before) throw notFound('Indikatorn');
    const stale = async () => {
      const current = await findInCollaboration(tx, indicators, collaborationId, id);
      return current ? staleVersion((await presentRows(tx, collaborationId, [current], viewerOrganisationId))[0]) : notFound('Indikatorn');
    };
    if (before.version !== expectedVersion) throw await stale();
    if (before.adoptedOn !== null) throw new AppError('CONFLICT', MESSAGES.alreadyAdopted);
    if (before.baselineValue === null || before.baselinePeriod === null) throw new AppError('CONFLICT', MESSAGES.noBaseline);
    const frozen = await freezeIndicatorBaselines(tx, collaborationId, [id], adoptedOn, actor);
    if (frozen.length !== 1) throw await stale();
  });
  return getIndicator(db, collaborationId, id, viewerOrganisationId);
}

/**
 * Sets adoptedOn on those of the given indicators of the collaboration that have a baseline value and
 * period and are not adopted yet (the others are left as they are), and records an audit event for each.
 * Called inside the caller's transaction, e.g. when a lägesbild is adopted. Returns the ids frozen.
 */
export async function freezeIndicatorBaselines(tx: Db, collaborationId: string, ids: string[], adoptedOn: string, actor: Actor = systemActor('fastställande')): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(indicators)
    .where(
      and(
        eq(indicators.collaborationId, collaborationId),
        inArray(indicators.id, ids),
        isNull(indicators.adoptedOn),
        isNotNull(indicators.baselineValue),
        isNotNull(indicators.baselinePeriod),
      ),
    );
  const frozen: string[] = [];
  for (const before of rows) {
    const after = await updateIfVersion(tx, indicators, collaborationId, before.id, before.version, { adoptedOn });
    if (!after) continue;
    frozen.push(after.id);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'indicator', entityId: after.id, before: { adoptedOn: null, version: before.version }, after: { adoptedOn, baselineValue: after.baselineValue, baselinePeriod: after.baselinePeriod, version: after.version } });
  }
  return frozen;
}

async function manualIndicator(tx: Db, collaborationId: string, id: string): Promise<IndicatorRow> {
  const row = await findInCollaboration(tx, indicators, collaborationId, id);
  if (!row) throw notFound('Indikatorn');
  if (row.source !== 'manual') throw new AppError('CONFLICT', MESSAGES.manualOnly);
  return row;
}

const presentValue = (v: IndicatorValueRow) => ({ period: v.period, value: v.value, note: v.note, version: v.version });

/**
 * Enters (expectedVersion null: there is no value for the period yet) or corrects (expectedVersion: the value's
 * version the user saw) the value of one period of a manual indicator. Anything else answers 412 with the
 * current value (null when it was removed), so two people never overwrite each other's figure unseen.
 */
export async function setIndicatorValue(
  db: Db,
  actor: Actor,
  collaborationId: string,
  id: string,
  period: string,
  input: { value: number; note: string },
  expectedVersion: number | null = null,
  viewerOrganisationId: string | null = null,
): Promise<IndicatorDto> {
  if (!periodRange(period)) throw invalid('period', 'Ogiltig period.');
  await db.transaction(async (tx) => {
    await manualIndicator(tx, collaborationId, id);
    const before = await findManualValue(tx, id, period);
    const stale = (message: string, current: IndicatorValueRow | undefined) => new AppError('PRECONDITION_FAILED', message, { current: current ? presentValue(current) : null });
    let saved: IndicatorValueRow | undefined;
    if (expectedVersion === null) {
      if (before) throw stale(MESSAGES.valueExists(period), before);
      saved = await insertManualValue(tx, { collaborationId, indicatorId: id, period, value: input.value, note: input.note });
      if (!saved) throw stale(MESSAGES.valueExists(period), await findManualValue(tx, id, period));
    } else {
      if (!before) throw stale(MESSAGES.valueRemoved(period), undefined);
      saved = await updateManualValueIfVersion(tx, id, period, expectedVersion, input);
      if (!saved) throw stale(MESSAGES.valueChanged(period), await findManualValue(tx, id, period));
    }
    await recordAudit(tx, actor, {
      collaborationId,
      action: before ? 'update' : 'create',
      entityType: 'indicator-value',
      entityId: saved.id,
      ...(before ? { before: { indicatorId: id, period, value: before.value, note: before.note, version: before.version } } : {}),
      after: { indicatorId: id, period, value: saved.value, note: saved.note, version: saved.version },
    });
  });
  return getIndicator(db, collaborationId, id, viewerOrganisationId);
}

export async function removeIndicatorValue(db: Db, actor: Actor, collaborationId: string, id: string, period: string): Promise<void> {
  await db.transaction(async (tx) => {
    await manualIndicator(tx, collaborationId, id);
    const before = await findManualValue(tx, id, period);
    if (!before) throw new AppError('NOT_FOUND', MESSAGES.periodMissing);
    await deleteManualValue(tx, id, period);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'indicator-value', entityId: before.id, before: { indicatorId: id, period, value: before.value, note: before.note } });
  });
}
