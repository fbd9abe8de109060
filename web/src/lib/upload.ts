// A file upload that reports how much has been sent. fetch() cannot tell upload progress, so this one
// call uses XMLHttpRequest; everything else (CSRF header, cookie, error shape) is as in api-client.ts.
import { ApiError, errorFrom, getCsrfToken } from './api-client.js';

export interface UploadOptions {
  file: Blob;
  query?: Record<string, string>;
  /** Bytes sent so far and in all. */
  onProgress?: (sent: number, total: number) => void;
  /** Aborting stops the upload; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** POSTs the file as the raw body (application/octet-stream) and returns the JSON answer. */
export function uploadWithProgress<T>(path: string, { file, query, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const xhr = new XMLHttpRequest();
    const url = query ? `${path}?${new URLSearchParams(query).toString()}` : path;
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    xhr.onabort = () => {
      done();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError(0, 'NETWORK', ''));
    };
    xhr.onload = () => {
      done();
      const response = new Response(xhr.responseText, { status: xhr.status, headers: { 'Content-Type': 'application/json' } });
      if (xhr.status >= 200 && xhr.status < 300) resolve(response.json() as Promise<T>);
      else errorFrom(response).then(reject, reject);
    };
    xhr.send(file);
  });
}
