import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import type { Attachment } from '../../../lib/api-types.js';
import { queryKeys } from '../../../lib/query-keys.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const typesByExtension: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
export const acceptedAttachmentTypes = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** The content type the server accepts for this file, or null (some systems leave `file.type` empty). */
export function attachmentTypeOf(file: File): string | null {
  if (Object.values(typesByExtension).includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return typesByExtension[extension] ?? null;
}

export interface UploadAttachmentRequest {
  logId: string;
  file: File;
  contentType: string;
  restricted: boolean;
}

export function uploadAttachment(collaborationId: string, { logId, file, contentType, restricted }: UploadAttachmentRequest): Promise<Attachment> {
  return apiRequest<Attachment>(`/api/collaborations/${encodeURIComponent(collaborationId)}/activity-logs/${encodeURIComponent(logId)}/attachments`, {
    method: 'POST',
    query: { filename: file.name, restricted: String(restricted) },
    file: { data: file, contentType },
  });
}

export function useUploadAttachment(collaborationId: string, activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UploadAttachmentRequest) => uploadAttachment(collaborationId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.activityLog(collaborationId, activityId) }),
  });
}

/** Where the browser downloads an attachment (GET with the session cookie). */
export function attachmentUrl(collaborationId: string, logId: string, attachmentId: string): string {
  return `/api/collaborations/${encodeURIComponent(collaborationId)}/activity-logs/${encodeURIComponent(logId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
