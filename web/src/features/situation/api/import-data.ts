import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataImportResult } from '../../../lib/api-types.js';
import { uploadWithProgress } from '../../../lib/upload.js';
import { situationKeys } from './situation-keys.js';

export const dataSources = ['bra', 'population', 'kolada', 'survey', 'polisen'] as const;
export type DataSource = (typeof dataSources)[number];

/** What the file chooser offers per source (the server reads the content, not the name). */
export const acceptedTypes: Record<DataSource, string> = {
  polisen: '.json,application/json',
  kolada: '.json,application/json',
  bra: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  survey: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  population: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ImportDataRequest {
  source: DataSource;
  file: File;
  /** true: read and count only (the preview); nothing is written. */
  dryRun: boolean;
  /** Import the valid rows and leave out the invalid ones. */
  skipInvalid: boolean;
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

export function importData(collaborationId: string, { source, file, dryRun, skipInvalid, onProgress, signal }: ImportDataRequest): Promise<DataImportResult> {
  return uploadWithProgress<DataImportResult>(`/api/collaborations/${encodeURIComponent(collaborationId)}/data-imports`, {
    file,
    query: { source, fileName: file.name, dryRun: String(dryRun), skipInvalid: String(skipInvalid) },
    ...(onProgress ? { onProgress } : {}),
    ...(signal ? { signal } : {}),
  });
}

/** Preview and import are the same call; only a committed import refreshes the statistics and events. */
export function useImportData(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportDataRequest) => importData(collaborationId, request),
    onSuccess: async (result) => {
      if (result.committed) await queryClient.invalidateQueries({ queryKey: situationKeys.all(collaborationId) });
    },
  });
}
