import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { DATA_SOURCES, type DataSource } from '#importers/data/records.js';
import { collaborations } from '#server/db/schema.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { importDataFile } from '#server/modules/data-import/data-import.service.js';
import { withDatabase } from '../database.js';
import { CliError, type CliIo } from '../io.js';

const usage = 'Användning: samverkan data import FIL --collaboration ID --source polisen|kolada|bra|survey|population [--skip-invalid] [--dry-run] [--progress]';

/**
 * `samverkan data import FILE --collaboration ID --source S`: prints { imported, skipped, errors, … } as one JSON
 * object and exits 1, importing nothing, when a row is invalid (unless --skip-invalid). The file is streamed;
 * progress goes to stderr: one updating line on a terminal, or with --progress a line per tenth of the file
 * (for logs and scheduled jobs, where there is no terminal).
 */
export async function dataCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { collaboration: { type: 'string' }, source: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, progress: { type: 'boolean' } },
  });
  const [sub, file] = positionals;
  if (sub !== 'import' || !file) throw new CliError(usage, 2);
  const source = values.source as DataSource | undefined;
  if (!source || !DATA_SOURCES.includes(source)) throw new CliError(`Ange --source: ${DATA_SOURCES.join(', ')}.`, 2);
  if (!values.collaboration) throw new CliError('Ange samverkan med --collaboration ID.', 2);
  const size = (await stat(file)).size;
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  const onProgress = progressReporter(io, file, size, tty ? 'terminal' : values.progress ? 'lines' : 'none');

  const result = await withDatabase(async (database) => {
    const id = values.collaboration!;
    const found = /^[0-9a-f-]{36}$/i.test(id)
      ? await database.db.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.id, id))
      : [];
    if (found.length === 0) throw new CliError(`Samverkan ${id} finns inte.`);
    return importDataFile(database.db, systemActor('cli'), {
      collaborationId: id,
      source,
      fileName: file,
      bytes: createReadStream(file, { highWaterMark: 256 * 1024 }),
      skipInvalid: values['skip-invalid'] ?? false,
      dryRun: values['dry-run'] ?? false,
      onProgress,
    });
  });
  if (tty) io.stderr.write('\n');
  const { committed: _committed, ...printed } = result;
  io.stdout.write(JSON.stringify(printed) + '\n');
  if (result.errorCount > 0 && !values['skip-invalid']) {
    io.stderr.write(`${result.errorCount} ${result.errorCount === 1 ? 'rad är felaktig' : 'rader är felaktiga'}; inget importerades. Rätta filen eller använd --skip-invalid.\n`);
    return 1;
  }
  return 0;
}

type ProgressMode = 'terminal' | 'lines' | 'none';

/** Progress on stderr; "lines" writes one line each time another tenth of the file has been read, and at the end. */
export function progressReporter(io: CliIo, file: string, size: number, mode: ProgressMode) {
  if (mode === 'none') return undefined;
  let lastTenth = -1;
  return ({ bytes, rows }: { bytes: number; rows: number }) => {
    const percent = Math.min(100, Math.round((bytes / Math.max(size, 1)) * 100));
    const text = `Läser ${file}: ${percent} % (${rows.toLocaleString('sv-SE')} rader)`;
    if (mode === 'terminal') {
      io.stderr.write(`\r${text}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      io.stderr.write(`${text}\n`);
    }
  };
}
