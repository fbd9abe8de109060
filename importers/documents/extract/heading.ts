// Kind and title from the document's own wording; diarienummer from "Diarienummer", "Dnr" or a metadata table.

import type { ExtractionKind } from '#domain/extraction/extraction.js';
import type { Line, Span, Table } from '../blocks.js';

const KIND_WORDS: [ExtractionKind, RegExp][] = [
  ['medborgarlofte', /medborgarlöfte/iu],
  ['handlingsplan', /handlingsplan|åtgärdsplan|genomförandeplan|aktivitetsplan|verksamhetsplan/iu],
  ['samverkansoverenskommelse', /samverkansöverenskommelse|samverkansavtal|överenskommelse|samverkansavtal|avtal om samverkan/iu],
];

function kindIn(text: string): ExtractionKind | undefined {
  return KIND_WORDS.find(([, re]) => re.test(text))?.[0];
}

export interface TitleFound {
  kind: ExtractionKind;
  title: string | null;
  span?: Span;
}

const PARTY_OR_YEAR = /(?:19|20)\d{2}|kommun|polis|lpo|stad\b/iu;

/** The first short heading-like line naming the document's kind, preferring one that also names a party or a year. */
export function findTitle(lines: Line[], text: string): TitleFound {
  let best: { score: number; title: string; span: Span; kind: ExtractionKind } | undefined;
  const candidates = lines.filter((l) => !l.cells && l.style !== 'list').slice(0, 60);
  candidates.forEach((line, i) => {
    const t = line.text.trim();
    if (t.length === 0 || t.length > 260 || /[.!?]$/.test(t)) return;
    const kind = kindIn(t);
    if (!kind) return;
    let title = t;
    let span: Span = { start: line.start, end: line.end };
    const next = candidates[i + 1];
    // "Samverkansöverenskommelse" on one line and "Luleå kommun och LPO Luleå-Boden 2020-2023" on the next.
    if (!PARTY_OR_YEAR.test(t) && next && PARTY_OR_YEAR.test(next.text) && next.text.length < 120 && !/[.!?]$/.test(next.text.trim()) && !kindIn(next.text)) {
      title = `${t} ${next.text.trim()}`;
      span = { start: line.start, end: next.end };
    }
    const score = (PARTY_OR_YEAR.test(title) ? 2 : 0) + (/(?:19|20)\d{2}/.test(title) && /kommun|polis/iu.test(title) ? 1 : 0) + (line.style === 'heading' ? 1 : 0);
    if (!best || score > best.score) best = { score, title, span, kind };
  });
  if (best) return { kind: best.kind, title: best.title, span: best.span };
  const counts = KIND_WORDS.map(([kind, re]) => ({ kind, n: (text.match(new RegExp(re.source, 'giu')) ?? []).length }));
  const top = counts.sort((a, b) => b.n - a.n)[0]!;
  return { kind: top.n > 0 ? top.kind : 'samverkansoverenskommelse', title: null };
}

const DNR = /(?:Diarienummer|Diarienr\.?|Dnr\.?|Vårt dnr\.?)\s*:?\s*((?:[A-ZÅÄÖ]{1,6}[ -]?)?\d{2,4}(?:[./:-]\d{1,6})*(?:[./:-][A-ZÅÄÖ0-9]+)?|[A-ZÅÄÖ]{1,6}[ -]\d[\w./:-]*)/u;

export function findDiarienummer(text: string, tables: Table[]): { value: string; span: Span } | undefined {
  const m = DNR.exec(text);
  if (m) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    return { value: m[1]!.trim(), span: { start, end: start + m[1]!.trim().length } };
  }
  // A metadata table: "Diarienummer" in a header cell, the number below it.
  for (const table of tables) {
    for (let r = 0; r + 1 < table.rows.length; r++) {
      const c = table.rows[r]!.cells.findIndex((cell) => /^(?:diarienummer|dnr)$/iu.test(cell.text.trim()));
      const below = c >= 0 ? table.rows[r + 1]!.cells[c] : undefined;
      if (below && /\d/.test(below.text)) return { value: below.text.trim(), span: { start: below.start, end: below.end } };
    }
  }
  return undefined;
}
