// `samverkan export KIND --collaboration ID --format docx|pdf --out FILE [--year YYYY]`: writes one document,
// made as the system (no content restricted to one organisation), to a file.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '#server/http/errors.js';
import { getCollaboration } from '#server/modules/collaborations/collaborations.service.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { produceDocument } from '#server/modules/documents/documents.service.js';
import { withDatabase } from '../database.js';
import { CliError, type CliIo } from '../io.js';

const kinds = ['agreement', 'promise', 'plan', 'followup-report', 'situation-report'] as const;
export const exportUsage = 'Användning: samverkan export agreement|promise|plan|followup-report|situation-report --collaboration ID --format docx|pdf --out FIL [--year ÅÅÅÅ] [--subject ID] [--diarienummer DNR]';

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      collaboration: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      subject: { type: 'string' },
      diarienummer: { type: 'string' },
    },
  });
  const kind = positionals[0];
  if (!kind || !(kinds as readonly string[]).includes(kind)) throw new CliError(`Ange vad som ska exporteras. ${exportUsage}`, 2);
  if (!values.collaboration || !z.uuid().safeParse(values.collaboration).success) throw new CliError('Ange samverkans id med --collaboration (ett UUID).', 2);
  if (values.format !== 'docx' && values.format !== 'pdf') throw new CliError('Ange format med --format docx eller --format pdf.', 2);
  if (!values.out) throw new CliError('Ange filen att skriva med --out FIL.', 2);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new CliError('Ange året med fyra siffror, t.ex. --year 2025.', 2);
  if (values.year !== undefined && kind !== 'followup-report' && kind !== 'situation-report') throw new CliError('--year gäller bara followup-report och situation-report.', 2);
  if (values.subject !== undefined && !z.uuid().safeParse(values.subject).success) throw new CliError('--subject ska vara ett UUID.', 2);
  const out = values.out;
  const doc = await withDatabase(async (database) => {
    await getCollaboration(database.db, values.collaboration!, 'admin').catch((err: unknown) => {
      throw err instanceof AppError && err.code === 'NOT_FOUND' ? new CliError(`Det finns ingen samverkan med id ${values.collaboration}.`) : err;
    });
    return produceDocument(
      database.db,
      values.collaboration!,
      {
        kind: kind as (typeof kinds)[number],
        format: values.format as 'docx' | 'pdf',
        subjectId: values.subject,
        year: values.year === undefined ? undefined : Number(values.year),
        diarienummer: values.diarienummer,
      },
      { viewerOrganisationId: null, today: todayInSweden(), now: new Date() },
    );
  });
  await writeFile(out, doc.data);
  io.stdout.write(`${doc.filename} skriven till ${out} (${doc.data.length} byte, ${doc.versionLabel}).\n`);
  return 0;
}
