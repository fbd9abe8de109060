import type { LocalizedText } from '../../../lib/api-errors.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { inputId } from './review-draft.js';

/**
 * The server names fields by where they sit in the request ("extraction.planRows.3.partners.1",
 * "extraction.commitments.0.partyId"); the review screen has one input for each list. This maps a
 * server path to the path of the input that shows it.
 */
export function inputPathOf(field: string): string {
  return field
    .replace(/^extraction\.commitments\.(\d+)\.partyId$/, 'choices.commitmentParties.$1')
    .replace(/^choices\.promiseParties\.(\d+).*$/, 'extraction.focusAreas.$1')
    .replace(/^choices\.agreement\.parties\..*$/, 'choices.agreement.parties')
    .replace(/^extraction\.signatories\.(\d+)$/, 'extraction.signatories.$1.name')
    .replace(/^extraction\.planRows\.(\d+)\.frequency.*$/, 'extraction.planRows.$1.when')
    .replace(/^extraction\.planRows\.(\d+)\.(partners|responsible|followUp)\..*$/, 'extraction.planRows.$1.$2')
    .replace(/^extraction\.(municipalities|policeAreas)\..*$/, 'extraction.$1');
}

/** Field errors by input path, and the ids the error summary links to. */
export function reviewErrorsOf(error: unknown): { errors: Record<string, LocalizedText>; fieldIds: Record<string, string> } {
  const errors: Record<string, LocalizedText> = {};
  const fieldIds: Record<string, string> = {};
  for (const [field, problem] of Object.entries(fieldErrorsOf(error))) {
    const path = inputPathOf(field);
    errors[path] ??= problem;
    fieldIds[field] = inputId(path);
  }
  return { errors, fieldIds };
}
