// The review screen's working copy of an extraction: lists as editable text, each item remembering
// where it was in the document (for "Visa i texten"), and what to create. Pure functions only.
import '../../../lib/zod-jitless.js';
import { matchParty, partiesNamed, suggestPromise, type PartyRef } from '../../../../../domain/document-import/commit-defaults.js';
import { parseFrequency } from '../../../../../domain/frequency/frequency.js';
import type { DocumentImportCommitInput, Extraction, Frequency } from '../../../lib/api-types.js';
import { joinList, parseList } from '../../../lib/list-text.js';

export { parseFrequency };

/** A commitment's party: a party id, 'joint' (gemensamt), or '' while nobody has chosen. */
export type PartyChoice = string;

export interface PlanRowDraft {
  source: number;
  focusArea: string;
  what: string;
  when: string;
  frequency: Frequency;
  /** One per line: a partner may itself contain commas ("Förebyggarrådet (skola, IFO, …)"). */
  partners: string;
  responsible: string;
  followUp: string;
  /** Index into focusAreas of the promise the row delivers, or null. */
  promise: number | null;
}

export interface ReviewDraft {
  kind: Extraction['kind'];
  title: string;
  municipalities: string;
  policeAreas: string;
  validFrom: string;
  validTo: string;
  openEnded: boolean;
  renewal: string;
  diarienummer: string;
  signatories: { source: number; name: string; title: string; organisation: string }[];
  focusAreas: { source: number; text: string }[];
  commitments: { source: number; party: string; partyId: PartyChoice; text: string }[];
  planRows: PlanRowDraft[];
  warnings: string[];
  createAgreement: boolean;
  agreementParties: string[];
  createPlan: boolean;
  planTitle: string;
  planStart: string;
  planEnd: string;
  createPromises: boolean;
  promiseMunicipalityId: string;
}

const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function draftFrom(e: Extraction, parties: readonly PartyRef[]): ReviewDraft {
  const kommuner = parties.filter((p) => p.kind === 'kommun');
  const promiseKommun = e.municipalities.map((m) => matchParty(`${m} kommun`, parties)).find((id) => id !== null) ?? (kommuner.length === 1 ? kommuner[0]!.id : '');
  const named = partiesNamed(e, parties);
  return {
    kind: e.kind,
    title: e.title ?? '',
    municipalities: joinList(e.municipalities),
    policeAreas: joinList(e.policeAreas),
    validFrom: e.validFrom ?? '',
    validTo: e.validTo ?? '',
    openEnded: e.openEnded,
    renewal: e.renewal ?? '',
    diarienummer: e.diarienummer ?? '',
    signatories: e.signatories.map((s, i) => ({ source: i, name: s.name, title: s.title ?? '', organisation: s.organisation ?? '' })),
    focusAreas: e.focusAreas.map((text, i) => ({ source: i, text })),
    commitments: (e.commitments ?? []).map((c, i) => ({
      source: i,
      party: c.party,
      partyId: /\b(parterna|gemensam|gemensamt|båda)\b/i.test(c.party) ? 'joint' : (matchParty(c.party, parties) ?? ''),
      text: c.text,
    })),
    planRows: e.planRows.map((r, i) => ({
      source: i,
      focusArea: r.focusArea ?? '',
      what: r.what,
      when: r.when ?? '',
      frequency: r.frequency,
      partners: lines(r.partners),
      responsible: lines(r.responsible),
      followUp: lines(r.followUp),
      promise: e.kind === 'medborgarlofte' ? suggestPromise(r.focusArea, e.focusAreas) : null,
    })),
    warnings: e.warnings ?? [],
    createAgreement: e.kind !== 'handlingsplan',
    agreementParties: named.length > 0 ? named : parties.map((p) => p.id),
    createPlan: e.planRows.length > 0,
    planTitle: '',
    planStart: '',
    planEnd: '',
    createPromises: e.kind === 'medborgarlofte',
    promiseMunicipalityId: promiseKommun,
  };
}

/** A changed "När" is read again, as the server would read it. */
export function withWhen(row: PlanRowDraft, when: string): PlanRowDraft {
  return { ...row, when, frequency: parseFrequency(when) };
}

/** Turning the promises on links each row without a promise to the one its focus area suggests. */
export function withPromises(d: ReviewDraft, createPromises: boolean): ReviewDraft {
  if (!createPromises) return { ...d, createPromises };
  const promises = d.focusAreas.map((f) => f.text);
  return { ...d, createPromises, planRows: d.planRows.map((r) => (r.promise === null ? { ...r, promise: suggestPromise(r.focusArea, promises) } : r)) };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const orUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/** The one commit request: the corrected extraction and the choices. */
export function commitInputOf(d: ReviewDraft): DocumentImportCommitInput {
  return {
    extraction: {
      kind: d.kind,
      title: orNull(d.title),
      municipalities: parseList(d.municipalities),
      policeAreas: parseList(d.policeAreas),
      validFrom: orNull(d.validFrom),
      validTo: orNull(d.validTo),
      openEnded: d.openEnded,
      renewal: orNull(d.renewal),
      diarienummer: orNull(d.diarienummer),
      signatories: d.signatories.map((s) => ({ name: s.name, title: orNull(s.title), organisation: orNull(s.organisation) })),
      focusAreas: d.focusAreas.map((f) => f.text),
      commitments: d.commitments.map((c) => ({ party: c.party, text: c.text })),
      planRows: d.planRows.map((r) => ({
        focusArea: orNull(r.focusArea),
        what: r.what,
        when: orNull(r.when),
        frequency: r.frequency,
        partners: fromLines(r.partners),
        responsible: fromLines(r.responsible),
        followUp: fromLines(r.followUp),
      })),
      warnings: d.warnings,
    },
    choices: {
      agreement: { create: d.createAgreement, kind: 'samverkansoverenskommelse', parties: d.agreementParties },
      plan: { create: d.createPlan, kind: 'genomforandeplan', title: orUndefined(d.planTitle), periodStart: orUndefined(d.planStart), periodEnd: orUndefined(d.planEnd) },
      promises: { create: d.createPromises, municipalityId: orUndefined(d.promiseMunicipalityId) },
      commitmentParties: d.commitments.map((c) => (c.partyId === '' ? null : c.partyId)),
      planRowPromises: d.planRows.map((r) => (d.createPromises ? r.promise : null)),
    },
  };
}

/** The source range of a field, or of the nearest enclosing one ("planRows.3.when" → "planRows.3"). */
export function sourceOf(sources: Record<string, { start: number; end: number }>, path: string): { start: number; end: number } | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const hit = sources[parts.join('.')];
    if (hit && hit.end > hit.start) return hit;
    parts.pop();
  }
  return null;
}

/** The input id of a server field path ("extraction.planRows.3.what" → "import-extraction-planRows-3-what"). */
export const inputId = (path: string) => `import-${path.replace(/\./g, '-')}`;
