// The target a coordinator sets by hand when the parser reads "När" wrongly or not at all.
// The parser and the describer are the same pure TypeScript the server runs (domain/frequency),
// bundled into the browser so the preview is live and always agrees with what the server stores.
import '../../../lib/zod-jitless.js';
import { describeFrequency } from '../../../../../domain/frequency/frequency.describe.js';
import { parseFrequency, type FrequencyKind, type FrequencyUnit } from '../../../../../domain/frequency/frequency.js';
import type { Frequency, Locale } from '../../../lib/api-types.js';

export { FREQUENCY_KINDS, FREQUENCY_UNITS } from '../../../../../domain/frequency/frequency.js';
export { describeFrequency, parseFrequency };
export type { FrequencyKind, FrequencyUnit };

/** The correction form's fields, as typed (numbers stay text until they are read). */
export interface FrequencyDraft {
  kind: FrequencyKind;
  count: string;
  unit: FrequencyUnit;
  interval: string;
  atLeast: boolean;
}

export function draftFrom(frequency: Frequency): FrequencyDraft {
  switch (frequency.kind) {
    case 'periodic':
      return { kind: 'periodic', count: String(frequency.count), unit: frequency.unit, interval: String(frequency.interval), atLeast: frequency.atLeast };
    case 'total':
      return { kind: 'total', count: String(frequency.count), unit: 'month', interval: '1', atLeast: frequency.atLeast };
    case 'unspecified':
      // Nothing to start from: suggest the most common shape, with the number left for the user.
      return { kind: 'periodic', count: '', unit: 'month', interval: '1', atLeast: false };
    default:
      return { kind: frequency.kind, count: '', unit: 'month', interval: '1', atLeast: false };
  }
}

const wholeNumber = (text: string): number | null => (/^\s*\d{1,6}\s*$/.test(text) && Number(text) >= 1 ? Number(text) : null);

export type DraftResult = { ok: true; frequency: Frequency } | { ok: false; count: boolean; interval: boolean };

/** The Frequency the draft stands for, or which of its numbers are not whole numbers from 1. */
export function frequencyFromDraft(draft: FrequencyDraft, whenText: string): DraftResult {
  const text = whenText.trim();
  if (draft.kind !== 'periodic' && draft.kind !== 'total') return { ok: true, frequency: { kind: draft.kind, text } };
  const count = wholeNumber(draft.count);
  const interval = draft.kind === 'periodic' ? wholeNumber(draft.interval) : 1;
  if (count === null || interval === null) return { ok: false, count: count === null, interval: interval === null };
  return draft.kind === 'periodic'
    ? { ok: true, frequency: { kind: 'periodic', count, unit: draft.unit, interval, atLeast: draft.atLeast, text } }
    : { ok: true, frequency: { kind: 'total', count, unit: null, interval: 1, atLeast: draft.atLeast, text } };
}

/** Same target, whatever text it was read from. */
export function sameTarget(a: Frequency, b: Frequency): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'periodic' && b.kind === 'periodic') return a.count === b.count && a.unit === b.unit && a.interval === b.interval && a.atLeast === b.atLeast;
  if (a.kind === 'total' && b.kind === 'total') return a.count === b.count && a.atLeast === b.atLeast;
  return true;
}

/** A stored target that the parser would not read from the text was set by hand: edit it as a correction. */
export function correctionOf(frequency: Frequency, whenText: string): FrequencyDraft | null {
  return sameTarget(frequency, parseFrequency(whenText)) ? null : draftFrom(frequency);
}

export function describeTarget(frequency: Frequency, locale: Locale): string {
  return describeFrequency(frequency, locale);
}
