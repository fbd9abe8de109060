import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseDataFile } from '#importers/data/parse-data-file.js';
import type { DataRecord, DataSource, PoliceEventRecord, RowIssue, StatisticRecord } from '#importers/data/records.js';
import { DataFileError, type ByteSource } from '#importers/data/source-text.js';
import type { Db } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import { policeEvents } from '#server/db/schema.js';
import { AppError } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';

/** Rows written per statement (statistics go as arrays; events as 1,000 rows × 12 columns, below PostgreSQL's 65,535 parameters). */
const BATCH_ROWS = 1000;
const STATISTICS_BATCH_ROWS = 5000;
/** The first problems are returned in full; the rest are counted. */
export const MAX_REPORTED_ISSUES = 200;

export interface DataImportOptions {
  collaborationId: string;
  source: DataSource;
  fileName: string;
  bytes: ByteSource;
  /** Import the valid rows and leave out the invalid ones; otherwise one invalid row imports nothing. */
  skipInvalid: boolean;
  /** Check and count, then roll back: the preview. */
  dryRun: boolean;
  onProgress?: (progress: { bytes: number; rows: number }) => void;
}

export interface DataImportResult {
  /** Rows that are new or changed (written, or that would be written in a dry run). */
  imported: number;
  /** Valid rows already stored with the same value: re-importing a file changes nothing. */
  unchanged: number;
  /** Invalid rows left out (only with skipInvalid; otherwise nothing is imported). */
  skipped: number;
  /** Invalid rows, the first MAX_REPORTED_ISSUES in full. */
  errors: RowIssue[];
  errorCount: number;
  /** Rows that passed every check. */
  valid: number;
  /** Whether the database was changed. */
  committed: boolean;
  /** Kolada: the file is one page of several; the next page's address. */
  nextPage: string | null;
}

class RollBack extends Error {}

/**
 * Upserts a batch as five arrays (unnest), not as one parameter per cell: a few parameters per statement
 * whatever the batch size, which is what makes large files fast on both drivers. Returns the rows written
 * (new or changed); a row already stored with the same value is left untouched.
 */
async function writeStatistics(tx: Db, collaborationId: string, source: StatisticRecord['source'], batch: StatisticRecord[]): Promise<number> {
  const column = <K extends keyof StatisticRecord>(key: K) => sql.param(batch.map((r) => r[key]));
  const written = await queryRows(
    tx,
    sql`insert into statistic_values (collaboration_id, source, series, area_code, area, period, dimension, value, status)
        select ${collaborationId}::uuid, ${source}::statistic_source, s, ac, a, p, d, v, st
          from unnest(${column('series')}::text[], ${column('areaCode')}::text[], ${column('area')}::text[], ${column('period')}::text[],
                      ${column('dimension')}::text[], ${column('value')}::float8[], ${column('status')}::text[]) as t(s, ac, a, p, d, v, st)
        on conflict (collaboration_id, source, series, area_code, area, period, dimension)
        do update set value = excluded.value, status = excluded.status, updated_at = now()
        where statistic_values.value is distinct from excluded.value or statistic_values.status is distinct from excluded.status
        returning 1`,
  );
  return written.length;
}

async function writeEvents(tx: Db, collaborationId: string, batch: PoliceEventRecord[]): Promise<number> {
  const written = await tx
    .insert(policeEvents)
    .values(batch.map(({ kind: _kind, occurredAt, ...r }) => ({ ...r, occurredAt: new Date(occurredAt), collaborationId })))
    .onConflictDoUpdate({
      target: [policeEvents.collaborationId, policeEvents.externalId],
      set: {
        occurredAt: sql`excluded.occurred_at`,
        type: sql`excluded.type`,
        name: sql`excluded.name`,
        summary: sql`excluded.summary`,
        url: sql`excluded.url`,
        locationName: sql`excluded.location_name`,
        latitude: sql`excluded.latitude`,
        longitude: sql`excluded.longitude`,
        areaCode: sql`excluded.area_code`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${policeEvents.occurredAt}, ${policeEvents.type}, ${policeEvents.name}, ${policeEvents.summary}, ${policeEvents.url}, ${policeEvents.locationName}, ${policeEvents.latitude}, ${policeEvents.longitude}, ${policeEvents.areaCode})
        is distinct from (excluded.occurred_at, excluded.type, excluded.name, excluded.summary, excluded.url, excluded.location_name, excluded.latitude, excluded.longitude, excluded.area_code)`,
    })
    .returning({ id: policeEvents.id });
  return written.length;
}

/**
 * Imports one data file into a collaboration in one transaction, streaming: rows are validated as they are
 * read and written in batches. Unless skipInvalid is set, a single invalid row rolls everything back (the
 * rest of the file is still read, so that every problem is reported at once). Re-importing the same file
 * changes nothing: values are upserted on their natural key and only written when they differ.
 */
export async function importDataFile(db: Db, actor: Actor, options: DataImportOptions): Promise<DataImportResult> {
  const result: DataImportResult = { imported: 0, unchanged: 0, skipped: 0, valid: 0, errors: [], errorCount: 0, committed: false, nextPage: null };
  const kolada = { nextPage: null as string | null };
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  let statistics: StatisticRecord[] = [];
  let events: PoliceEventRecord[] = [];

  async function* hashed(): AsyncGenerator<Uint8Array> {
    const source = options.bytes;
    if (source instanceof Uint8Array) {
      hash.update(source);
      yield source;
      return;
    }
    for await (const chunk of source) {
      hash.update(chunk);
      yield chunk;
    }
  }

  try {
    await db.transaction(async (tx) => {
      const flush = async () => {
        const writing = result.errorCount === 0 || options.skipInvalid;
        if (writing && statistics.length > 0) result.imported += await writeStatistics(tx, options.collaborationId, statistics[0]!.source, statistics);
        if (writing && events.length > 0) result.imported += await writeEvents(tx, options.collaborationId, events);
        statistics = [];
        events = [];
      };
      const add = async (record: DataRecord) => {
        result.valid += 1;
        if (record.kind === 'police-event') events.push(record);
        else statistics.push(record);
        if (statistics.length >= STATISTICS_BATCH_ROWS || events.length >= BATCH_ROWS) await flush();
      };
      for await (const row of parseDataFile(options.source, hashed(), { onBytes: (n) => (bytes = n), kolada })) {
        rows += 1;
        if (row.record) await add(row.record);
        else {
          result.errorCount += 1;
          if (result.errors.length < MAX_REPORTED_ISSUES) result.errors.push(...row.issues.slice(0, MAX_REPORTED_ISSUES - result.errors.length));
        }
        if (rows % 5000 === 0) options.onProgress?.({ bytes, rows });
      }
      await flush();
      options.onProgress?.({ bytes, rows });
      result.nextPage = kolada.nextPage;
      const failed = result.errorCount > 0 && !options.skipInvalid;
      if (failed || options.dryRun) {
        if (failed) result.imported = 0;
        throw new RollBack();
      }
      result.skipped = result.errorCount;
      result.unchanged = result.valid - result.imported;
      await recordAudit(tx, actor, {
        collaborationId: options.collaborationId,
        action: 'create',
        entityType: 'data-import',
        entityId: randomUUID(),
        after: { source: options.source, fileName: options.fileName, sha256: hash.digest('hex'), imported: result.imported, unchanged: result.unchanged, skipped: result.skipped },
      });
      result.committed = true;
    });
  } catch (error) {
    if (error instanceof DataFileError) throw new AppError('VALIDATION', error.message, { file: options.fileName });
    if (!(error instanceof RollBack)) throw error;
    if (options.dryRun && !(result.errorCount > 0 && !options.skipInvalid)) {
      result.skipped = options.skipInvalid ? result.errorCount : 0;
      result.unchanged = result.valid - result.imported;
    } else {
      result.skipped = 0;
      result.unchanged = 0;
    }
  }
  return result;
}
