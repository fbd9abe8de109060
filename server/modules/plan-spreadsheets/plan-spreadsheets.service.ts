import { describeFrequency } from '#domain/frequency/frequency.describe.js';
import { logColumns, planColumns, preventionLevelLabels, preventionTypeLabels } from '#exporters/plan-columns.js';
import { toCsv, toXlsx, type Sheet } from '#exporters/spreadsheet.js';
import { readPlanSpreadsheet, SpreadsheetError, type PlanImport } from '#importers/plan-spreadsheet.js';
import type { Db } from '#server/db/client.js';
import { plans } from '#server/db/schema.js';
import { findInCollaboration } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { listLogs } from '#server/modules/activity-log/activity-log.repo.js';
import { insertFocusArea, listFocusAreas, nextFocusAreaOrder } from '#server/modules/focus-areas/focus-areas.repo.js';
import { presentActivity } from '#server/modules/plans/plans.presenter.js';
import { insertActivity, listActivities, nextActivityOrder } from '#server/modules/plans/plans.repo.js';

export type SpreadsheetFormat = 'xlsx' | 'csv';

async function planOrFail(db: Db, collaborationId: string, planId: string) {
  const plan = await findInCollaboration(db, plans, collaborationId, planId);
  if (!plan) throw notFound('Planen');
  return plan;
}

function fileName(title: string, suffix: string, format: SpreadsheetFormat) {
  return `${title.replace(/[^\p{L}\p{N} –-]/gu, '').trim() || 'plan'}${suffix}.${format}`;
}

async function render(sheet: Sheet, title: string, format: SpreadsheetFormat) {
  return format === 'xlsx' ? toXlsx([sheet], { title }) : toCsv(sheet);
}

export async function exportPlan(db: Db, collaborationId: string, planId: string, format: SpreadsheetFormat) {
  const plan = await planOrFail(db, collaborationId, planId);
  const [rows, areas] = await Promise.all([listActivities(db, [planId]), listFocusAreas(db, collaborationId)]);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const sheet: Sheet = {
    name: 'Plan',
    columns: planColumns,
    rows: rows.map((row) => {
      const a = presentActivity(row);
      return {
        focusArea: a.focusAreaId ? (areaName.get(a.focusAreaId) ?? '') : '',
        what: a.what,
        whenText: a.whenText,
        target: describeFrequency(a.frequency, 'sv'),
        partners: a.partners.join(', '),
        responsible: a.responsible,
        followUpMeasure: a.followUpMeasure,
        cause: a.cause,
        operativeGoal: a.operativeGoal,
        preventionType: a.preventionType ? preventionTypeLabels[a.preventionType] : '',
        preventionLevel: a.preventionLevel ? preventionLevelLabels[a.preventionLevel] : '',
        startDate: a.startDate,
        endDate: a.endDate,
      };
    }),
  };
  return { data: await render(sheet, plan.title, format), filename: fileName(plan.title, '', format) };
}

/** The plan's log as the caller may see it: restricted entries of other organisations are never exported. */
export async function exportPlanLog(db: Db, collaborationId: string, planId: string, format: SpreadsheetFormat, viewerOrganisationId: string | null) {
  const plan = await planOrFail(db, collaborationId, planId);
  const activityRows = await listActivities(db, [planId]);
  const rows: Sheet['rows'] = [];
  for (const activity of activityRows) {
    const entries = await listLogs(db, { collaborationId, activityId: activity.id, viewerOrganisationId, limit: 1_000_000, offset: 0 });
    for (const e of entries) {
      rows.push({
        activity: activity.what,
        occurredOn: e.log.occurredOn,
        count: e.log.count,
        place: e.log.place,
        participants: e.log.participants.join(', '),
        note: e.log.note,
        reportedBy: e.reporterName ?? '',
      });
    }
  }
  rows.sort((a, b) => String(a.occurredOn).localeCompare(String(b.occurredOn)));
  const sheet: Sheet = { name: 'Genomförda aktiviteter', columns: logColumns, rows };
  return { data: await render(sheet, plan.title, format), filename: fileName(plan.title, ' – logg', format) };
}

async function read(data: Buffer): Promise<PlanImport> {
  try {
    return await readPlanSpreadsheet(data);
  } catch (err) {
    if (err instanceof SpreadsheetError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
}

/**
 * Preview, or write every valid row in one transaction. With any invalid row nothing is written,
 * unless the user chose to skip the invalid ones.
 */
export async function importPlan(
  db: Db,
  actor: Actor,
  collaborationId: string,
  planId: string,
  data: Buffer,
  opts: { commit: boolean; skipInvalid: boolean },
) {
  await planOrFail(db, collaborationId, planId);
  const parsed = await read(data);
  const invalid = parsed.rows.filter((r) => r.errors.length > 0);
  const valid = parsed.rows.filter((r) => r.activity);
  const preview = {
    rows: parsed.rows.map((r) => ({ line: r.line, cells: r.cells, errors: r.errors, activity: r.activity })),
    ignoredColumns: parsed.ignoredColumns,
    valid: valid.length,
    invalid: invalid.length,
    created: 0,
    committed: false,
  };
  if (!opts.commit) return preview;
  if (invalid.length > 0 && !opts.skipInvalid) {
    throw new AppError(
      'VALIDATION',
      `${invalid.length} rad${invalid.length === 1 ? '' : 'er'} har fel. Rätta dem, eller välj att hoppa över felaktiga rader. Inget har sparats.`,
      invalid.map((r) => ({ line: r.line, errors: r.errors })),
    );
  }
  if (valid.length === 0) throw new AppError('VALIDATION', 'Filen har inga aktiviteter att läsa in.');
  await db.transaction(async (tx) => {
    const areas = await listFocusAreas(tx, collaborationId);
    const byName = new Map(areas.map((a) => [a.name.toLowerCase(), a.id]));
    let order = await nextActivityOrder(tx, planId);
    let areaOrder = await nextFocusAreaOrder(tx, collaborationId);
    for (const row of valid) {
      const a = row.activity!;
      let focusAreaId: string | null = null;
      if (a.focusArea) {
        focusAreaId = byName.get(a.focusArea.toLowerCase()) ?? null;
        if (!focusAreaId) {
          const created = await insertFocusArea(tx, { collaborationId, name: a.focusArea, description: '', sortOrder: areaOrder++ });
          byName.set(a.focusArea.toLowerCase(), created.id);
          focusAreaId = created.id;
          await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'focus-area', entityId: created.id, after: { name: created.name, source: 'import' } });
        }
      }
      const { focusArea: _f, ...fields } = a;
      const inserted = await insertActivity(tx, { ...fields, collaborationId, planId, focusAreaId, sortOrder: order++ });
      await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'activity', entityId: inserted.id, after: { ...presentActivity(inserted), source: `import rad ${row.line}` } });
    }
  });
  return { ...preview, created: valid.length, committed: true };
}
