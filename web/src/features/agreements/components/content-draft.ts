import type { Agreement } from '../../../lib/api-types.js';
import { metadataKeys } from './agreement-diff.js';

type Content = Agreement['content'];
export type MetadataKey = (typeof metadataKeys)[number];
export type MetadataDraft = Record<MetadataKey, string>;

/** Metadata fields that hold a date (the rest are free text). */
export const metadataDateKeys: readonly MetadataKey[] = ['adoptedOn', 'lastRevisedOn'];

/** A row in a list the user edits; `key` keeps React's rows (and focus) stable while rows come and go. */
interface Keyed {
  key: number;
}
/** `partyId` '' is a joint commitment (gemensamt åtagande). */
export interface CommitmentDraft extends Keyed {
  partyId: string;
  text: string;
}
export interface SignatoryDraft extends Keyed {
  name: string;
  title: string;
  organisation: string;
  /** '' when the signatory is not tied to a party. */
  organisationId: string;
  place: string;
  date: string;
}

export interface ContentDraft {
  metadata: MetadataDraft;
  parties: string[];
  focusAreaIds: string[];
  commitments: CommitmentDraft[];
  signatories: SignatoryDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export function emptySignatory(): SignatoryDraft {
  return { key: newKey(), name: '', title: '', organisation: '', organisationId: '', place: '', date: '' };
}

export function contentDraftOf(content: Content): ContentDraft {
  return {
    metadata: Object.fromEntries(metadataKeys.map((key) => [key, content.metadata[key] ?? ''])) as MetadataDraft,
    parties: [...content.parties],
    focusAreaIds: [...content.focusAreaIds],
    commitments: content.commitments.map((c) => ({ key: newKey(), partyId: c.partyId ?? '', text: c.text })),
    signatories: content.signatories.map((s) => ({
      key: newKey(),
      name: s.name,
      title: s.title,
      organisation: s.organisation,
      organisationId: s.organisationId ?? '',
      place: s.place,
      date: s.date ?? '',
    })),
  };
}

/** The PATCH body's content part: every list is sent whole, in the order the user sees. */
export function contentPatchOf(draft: ContentDraft) {
  const metadata = Object.fromEntries(
    metadataKeys.map((key) => [key, metadataDateKeys.includes(key) ? draft.metadata[key] || null : draft.metadata[key]]),
  ) as { [K in MetadataKey]: K extends 'adoptedOn' | 'lastRevisedOn' ? string | null : string };
  return {
    metadata,
    parties: draft.parties,
    focusAreaIds: draft.focusAreaIds,
    commitments: draft.commitments.map((c) => ({ partyId: c.partyId || null, text: c.text })),
    signatories: draft.signatories.map((s) => ({
      name: s.name,
      title: s.title,
      organisation: s.organisation,
      organisationId: s.organisationId || null,
      place: s.place,
      date: s.date || null,
    })),
  };
}

export const commitmentFieldId = (index: number) => `edit-agreement-commitment-${index}`;
export const signatoryFieldId = (index: number, field: keyof Omit<SignatoryDraft, 'key'>) => `edit-agreement-signatory-${index}-${field}`;
export const metadataFieldId = (key: MetadataKey) => `edit-agreement-meta-${key}`;

/** Server field paths (without "body.") → input ids, for the error summary's links. */
export function contentFieldIds(draft: ContentDraft): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const key of metadataKeys) ids[`content.metadata.${key}`] = metadataFieldId(key);
  draft.commitments.forEach((_c, i) => {
    ids[`content.commitments.${i}.text`] = commitmentFieldId(i);
    ids[`content.commitments.${i}.partyId`] = commitmentFieldId(i);
  });
  draft.signatories.forEach((_s, i) => {
    for (const field of ['name', 'title', 'organisation', 'organisationId', 'place', 'date'] as const) {
      ids[`content.signatories.${i}.${field}`] = signatoryFieldId(i, field);
    }
  });
  draft.parties.forEach((_p, i) => (ids[`content.parties.${i}`] = 'edit-agreement-parties'));
  draft.focusAreaIds.forEach((_f, i) => (ids[`content.focusAreaIds.${i}`] = 'edit-agreement-focus-areas'));
  return ids;
}
