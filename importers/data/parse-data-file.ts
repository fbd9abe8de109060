import { parseKolada, parsePolisen, type KoladaPages } from './json-sources.js';
import { recordKey, type DataSource, type ParsedRow } from './records.js';
import type { ByteSource } from './source-text.js';
import { parseBra, parsePopulation, parseSurvey } from './statistics-tables.js';
import { readTable } from './table.js';

export interface ParseOptions {
  /** Called with the number of bytes read so far, for a progress bar. */
  onBytes?: (total: number) => void;
  /** Filled in while reading a Kolada file. */
  kolada?: KoladaPages;
}

/**
 * Every row of a data file of one source, validated, in file order. A row that repeats an earlier row's key
 * (the same event, or the same series, area, period and split) is reported as a problem on that row.
 */
export async function* parseDataFile(source: DataSource, bytes: ByteSource, options: ParseOptions = {}): AsyncGenerator<ParsedRow> {
  let read = 0;
  const onBytes = (n: number) => {
    read += n;
    options.onBytes?.(read);
  };
  const rows: AsyncGenerator<ParsedRow> =
    source === 'polisen'
      ? parsePolisen(bytes, onBytes)
      : source === 'kolada'
        ? parseKolada(bytes, onBytes, options.kolada)
        : source === 'bra'
          ? parseBra(await readTable(bytes, onBytes))
          : source === 'survey'
            ? parseSurvey(await readTable(bytes, onBytes))
            : parsePopulation(await readTable(bytes, onBytes));
  const seen = new Map<string, number>();
  for await (const row of rows) {
    if (row.record) {
      const key = recordKey(row.record);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        yield { line: row.line, record: null, issues: [{ line: row.line, message: `raden upprepar rad ${earlier} (samma ${row.record.kind === 'police-event' ? 'händelse-id' : 'serie, område och period'})` }] };
        continue;
      }
      seen.set(key, row.line);
    }
    yield row;
  }
}
