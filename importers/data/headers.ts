import { DataFileError } from './source-text.js';

export function normaliseHeader(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[.:*"]/g, '').replace(/\s+/g, ' ');
}

/**
 * Finds the columns a source needs from the header row, by the words Swedish files use for them.
 * Missing required columns stop the import with one message naming all of them and the columns found.
 */
export function mapColumns<F extends string>(
  header: string[],
  synonyms: Record<F, readonly string[]>,
  required: readonly F[],
): { index: Partial<Record<F, number>>; unused: number[] } {
  const normalised = header.map(normaliseHeader);
  const index: Partial<Record<F, number>> = {};
  const used = new Set<number>();
  for (const field of Object.keys(synonyms) as F[]) {
    const at = normalised.findIndex((h, i) => !used.has(i) && synonyms[field].includes(h));
    if (at >= 0) {
      index[field] = at;
      used.add(at);
    }
  }
  const missing = required.filter((f) => index[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => `"${synonyms[f][0]}"`).join(', ');
    throw new DataFileError(
      `Kolumn saknas: ${names}. Filen har kolumnerna ${header.map((h) => `"${h.trim()}"`).join(', ') || '(inga)'}.`,
    );
  }
  return { index, unused: header.map((_, i) => i).filter((i) => !used.has(i)) };
}
