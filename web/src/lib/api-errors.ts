import { useTranslation } from 'react-i18next';
import { ApiError } from './api-client.js';
import type { Locale } from './api-types.js';

/** A text and the language it is written in (server texts are Swedish even in the English interface). */
export interface LocalizedText {
  text: string;
  lang: Locale;
}

/** Field problems keyed by the field's path without the "body." prefix, e.g. "email" or "newOrganisation.name". */
export type FieldErrors = Record<string, LocalizedText>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!(error instanceof ApiError)) return result;
  for (const problem of error.fieldProblems) {
    const key = problem.field.replace(/^(body|query|params)\./, '');
    result[key] ??= { text: problem.message, lang: 'sv' };
  }
  return result;
}

const knownCodes = [
  'VALIDATION',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'PRECONDITION_REQUIRED',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
  'NETWORK',
  'UNKNOWN',
] as const;
type KnownCode = (typeof knownCodes)[number];

function isKnown(code: string): code is KnownCode {
  return (knownCodes as readonly string[]).includes(code);
}

/**
 * Turns any error into a sentence for the user. In Swedish the server's own message is the most precise;
 * in English a translated text per error code is used (with optional overrides for the situation).
 */
export function useErrorText(): (error: unknown, overrides?: Partial<Record<KnownCode, string>>) => LocalizedText {
  const { t, i18n } = useTranslation();
  const lang: Locale = i18n.language === 'en' ? 'en' : 'sv';
  return (error, overrides) => {
    const apiError = error instanceof ApiError ? error : null;
    const code = apiError && isKnown(apiError.code) ? apiError.code : 'UNKNOWN';
    if (lang === 'sv' && apiError?.message) return { text: apiError.message, lang: 'sv' };
    return { text: overrides?.[code] ?? t(`errors.${code}`), lang };
  };
}

/** The other person's version from a 412 answer (the server sends it as `details.current`), if that is what the error is. */
export function staleVersionOf<Row>(error: unknown): Row | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.details as { current?: Row } | undefined)?.current ?? null;
}
