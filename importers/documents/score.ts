// Field-level precision and recall of an Extraction against a hand-made expected one (npm run bench:import).
// Scalars count once when set; lists count per item (matched as a multiset after normalising whitespace and
// case); plan-row fields are scored per row, keyed by the row's `what`. A field absent from the expected
// object is not scored (the seeds' expectations cover only some fields).

import type { Extraction } from '#domain/extraction/extraction.js';

export interface Tally {
  /** Items found that are right. */
  correct: number;
  /** Items found. */
  found: number;
  /** Items expected. */
  expected: number;
}

export type Scores = Record<string, Tally>;

const norm = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim().replace(/[.:;,]$/u, '').toLowerCase());

function add(scores: Scores, field: string, found: string[], expected: string[]): void {
  const tally = (scores[field] ??= { correct: 0, found: 0, expected: 0 });
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let correct = 0;
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      correct++;
      left.set(f, n - 1);
    }
  }
  tally.correct += correct;
  tally.found += found.length;
  tally.expected += expected.length;
}

const SCALARS = ['kind', 'title', 'validFrom', 'validTo', 'openEnded', 'renewal', 'diarienummer'] as const;
const ROW_FIELDS = ['focusArea', 'when', 'frequency', 'partners', 'responsible', 'followUp'] as const;

type Row = Extraction['planRows'][number];

function rowValues(row: Row, field: (typeof ROW_FIELDS)[number]): string[] {
  const key = norm(row.what);
  switch (field) {
    case 'frequency': {
      const f = row.frequency;
      return [`${key}|${f.kind}|${'count' in f ? `${f.count}/${f.unit}/${f.interval}/${f.atLeast}` : ''}`];
    }
    case 'partners':
    case 'responsible':
    case 'followUp':
      return (row[field] ?? []).map((v) => `${key}|${norm(v)}`);
    default:
      return row[field] ? [`${key}|${norm(row[field])}`] : [];
  }
}

export function scoreExtraction(got: Extraction, expected: Partial<Extraction>, scores: Scores = {}): Scores {
  for (const field of SCALARS) {
    if (!(field in expected)) continue;
    const e = expected[field];
    const g = got[field];
    // openEnded is always stated; other scalars count only when set.
    const present = (v: unknown) => field === 'openEnded' || (v !== null && v !== undefined && v !== '');
    add(scores, field, present(g) ? [norm(g)] : [], present(e) ? [norm(e)] : []);
  }
  for (const field of ['municipalities', 'policeAreas', 'focusAreas'] as const) {
    if (field in expected) add(scores, field, got[field].map(norm), (expected[field] ?? []).map(norm));
  }
  if (expected.signatories) {
    add(scores, 'signatories', got.signatories.map((s) => norm(s.name)), expected.signatories.map((s) => norm(s.name)));
    add(scores, 'signatories.title', got.signatories.filter((s) => s.title).map((s) => `${norm(s.name)}|${norm(s.title)}`), expected.signatories.filter((s) => s.title).map((s) => `${norm(s.name)}|${norm(s.title)}`));
    add(scores, 'signatories.organisation', got.signatories.filter((s) => s.organisation).map((s) => `${norm(s.name)}|${norm(s.organisation)}`), expected.signatories.filter((s) => s.organisation).map((s) => `${norm(s.name)}|${norm(s.organisation)}`));
  }
  if (expected.commitments) {
    add(scores, 'commitments', (got.commitments ?? []).map((c) => `${norm(c.party)}|${norm(c.text)}`), expected.commitments.map((c) => `${norm(c.party)}|${norm(c.text)}`));
  }
  if (expected.planRows) {
    add(scores, 'planRows', got.planRows.map((r) => norm(r.what)), expected.planRows.map((r) => norm(r.what)));
    for (const field of ROW_FIELDS) add(scores, `planRows.${field}`, got.planRows.flatMap((r) => rowValues(r, field)), expected.planRows.flatMap((r) => rowValues(r, field)));
  }
  return scores;
}

export function ratios(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.found === 0 ? (t.expected === 0 ? 1 : 0) : t.correct / t.found;
  const recall = t.expected === 0 ? (t.found === 0 ? 1 : 0) : t.correct / t.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function overall(scores: Scores): Tally {
  return Object.values(scores).reduce((a, t) => ({ correct: a.correct + t.correct, found: a.found + t.found, expected: a.expected + t.expected }), { correct: 0, found: 0, expected: 0 });
}
