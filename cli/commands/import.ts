// `samverkan import FIL [--json] [--collaboration ID]`: reads a Word, PDF or text document into an Extraction.
// --json prints the Extraction as JSON (the contract other tools rely on); --collaboration creates the agreement,
// plan and promises in that collaboration in one transaction. A file that cannot be read exits 1 with one Swedish line.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Extraction } from '#domain/extraction/extraction.js';
import { DocumentReadError, importDocument } from '#importers/documents/pipeline.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { withDatabase } from '../database.js';
import { CliError, type CliIo } from '../io.js';

const KIND_LABELS: Record<Extraction['kind'], string> = {
  samverkansoverenskommelse: 'Samverkansöverenskommelse',
  medborgarlofte: 'Medborgarlöfte',
  handlingsplan: 'Handlingsplan',
};

function summary(e: Extraction): string {
  const validity = e.openEnded ? `från ${e.validFrom ?? '?'}, tillsvidare${e.renewal ? ` (${e.renewal})` : ''}` : `${e.validFrom ?? '?'} – ${e.validTo ?? '?'}`;
  return [
    `${KIND_LABELS[e.kind]}: ${e.title ?? '(ingen rubrik)'}`,
    `Kommuner: ${e.municipalities.join(', ') || '–'}   Lokalpolisområden: ${e.policeAreas.join(', ') || '–'}`,
    `Giltighet: ${validity}${e.diarienummer ? `   Diarienummer: ${e.diarienummer}` : ''}`,
    `Undertecknare: ${e.signatories.map((s) => `${s.name}${s.title ? ` (${s.title})` : ''}`).join('; ') || '–'}`,
    `Fokusområden: ${e.focusAreas.length}   Åtaganden: ${e.commitments?.length ?? 0}   Planrader: ${e.planRows.length}`,
    ...(e.warnings ?? []).map((w) => `Obs: ${w}`),
  ].join('\n');
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, collaboration: { type: 'string' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('Ange en fil: samverkan import FIL [--json] [--collaboration ID]', 2);
  if (values.collaboration !== undefined && !z.uuid().safeParse(values.collaboration).success) {
    throw new CliError('--collaboration ska vara samverkans id (ett UUID).', 2);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `Filen finns inte: ${file}` : code === 'EISDIR' ? `${file} är en mapp, inte en fil.` : `Filen kan inte läsas: ${file}`);
  }
  let extraction: Extraction;
  try {
    ({ extraction } = await importDocument({ bytes, fileName: file }));
  } catch (err) {
    if (err instanceof DocumentReadError) throw new CliError(err.message);
    throw err;
  }
  if (values.collaboration === undefined) {
    io.stdout.write(values.json ? `${JSON.stringify(extraction, null, 2)}\n` : `${summary(extraction)}\n`);
    return 0;
  }
  const collaborationId = values.collaboration;
  const { commitExtraction } = await import('#server/modules/document-import/document-import.service.js');
  const result = await withDatabase((database) => commitExtraction(database.db, collaborationId, { extraction }, systemActor('cli')));
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const lines = [
      result.agreement ? `Överenskommelse skapad (utkast): ${result.agreement.title}` : null,
      result.plan ? `Plan skapad: ${result.plan.title} (${result.plan.activityCount} aktiviteter)` : null,
      result.promise ? `Medborgarlöfte skapat: ${result.promise.title} (${result.promise.itemCount} löften)` : null,
      `Fokusområden: ${result.focusAreas.map((f) => `${f.name}${f.created ? '' : ' (fanns redan)'}`).join(', ') || '–'}`,
    ];
    io.stdout.write(`${lines.filter((l) => l !== null).join('\n')}\n`);
  }
  return 0;
}
