/** Why a document could not be read; `message` is one Swedish line the user can act on. */
export class DocumentReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentReadError';
  }
}

/** Largest file the importer accepts (the seeds are under 100 kB; a long agreement PDF is a few MB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export function cancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DocumentReadError('cancelled', 'Importen avbröts.');
}
