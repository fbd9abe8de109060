import type { AgreementSections } from '../../../lib/api-types.js';

/** The sections in document order (Inledning, Syfte, Mål, Organisation, Kommunikation, Uppföljning). */
export const sectionKeys = ['inledning', 'syfte', 'mal', 'organisation', 'kommunikation', 'uppfoljning'] as const satisfies readonly (keyof AgreementSections)[];

/** Markdown shown as plain paragraphs: blank lines separate them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
