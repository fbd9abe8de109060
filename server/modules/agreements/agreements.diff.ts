import { diffSequences, lineDiff, setChanges } from '#domain/agreements/diff.js';
import { describeValidity, type Validity } from '#domain/agreements/validity.js';
import { metadataKeys, sectionKeys, type AgreementChange, type Snapshot } from './agreements.schemas.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const validityText = (v: Validity | null) => (v === null ? null : { sv: describeValidity(v, 'sv'), en: describeValidity(v, 'en') });

/**
 * Field-level differences between two versions of an agreement, in document order: kind and
 * title, each metadata field, validity and notice period, parties, each section as a line diff,
 * commitments, focus areas, signatories. Unchanged fields are left out.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): AgreementChange[] {
  const changes: AgreementChange[] = [];
  const value = (field: string, a: string | number | null, b: string | number | null) => {
    if (a !== b) changes.push({ kind: 'value', field, before: a, after: b });
  };
  const ids = (field: 'parties' | 'focusAreaIds') => {
    const { added, removed } = setChanges(before.content[field], after.content[field]);
    if (added.length > 0 || removed.length > 0) changes.push({ kind: 'ids', field, added, removed });
  };
  const a = before.content;
  const b = after.content;

  value('kind', before.kind, after.kind);
  value('title', before.title, after.title);
  for (const key of metadataKeys) value(`metadata.${key}`, a.metadata[key], b.metadata[key]);
  if (!same(a.validity, b.validity)) {
    changes.push({ kind: 'validity', field: 'validity', before: a.validity, after: b.validity, beforeText: validityText(a.validity), afterText: validityText(b.validity) });
  }
  value('noticeMonths', a.noticeMonths, b.noticeMonths);
  ids('parties');
  for (const key of sectionKeys) {
    if (a.sections[key] !== b.sections[key]) changes.push({ kind: 'text', field: `sections.${key}`, lines: lineDiff(a.sections[key], b.sections[key]) });
  }
  if (!same(a.commitments, b.commitments)) {
    const items = diffSequences(a.commitments, b.commitments, (c) => JSON.stringify(c));
    changes.push({ kind: 'commitments', field: 'commitments', items: items.map((d) => ({ op: d.op, commitment: d.item })) });
  }
  ids('focusAreaIds');
  if (!same(a.signatories, b.signatories)) {
    const items = diffSequences(a.signatories, b.signatories, (s) => JSON.stringify(s));
    changes.push({ kind: 'signatories', field: 'signatories', items: items.map((d) => ({ op: d.op, signatory: d.item })) });
  }
  return changes;
}
