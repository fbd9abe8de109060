// Each party's commitments: "Polisen lovar att …", "Norsjö kommun ska …", and lists under a lead such as
// "Polisen lovar att:" or "Kommunen åtar sig att:".

import type { Line, Span } from '../blocks.js';
import { municipalityName } from './places.js';
import { municipalityOrganisation } from './signatories.js';

export interface CommitmentFound {
  party: string;
  text: string;
  span: Span;
}

const SUBJECT =
  '(Polisen|Polis|Polismyndigheten|Lokalpolisområde\\s+\\p{Lu}[\\p{L}-]+|Lpo\\s+\\p{Lu}[\\p{L}-]+|LPO\\s+\\p{Lu}[\\p{L}-]+|Kommunen|Kommunerna|\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s+kommun|Båda parter(?:na)?|Bägge parter(?:na)?|Parterna|Vi|Tillsammans lovar vi|Polis och [Kk]ommun(?:en)?|Polisen och (?:\\p{Lu}[\\p{L}-]+\\s+)?[Kk]ommunen?)';
const VERB = '(?:lovar att|åtar sig att|ska|skall|kommer att|bidrar med)';
const STATEMENT = new RegExp(`^${SUBJECT}(?:\\s+i\\s+(?:Lpo|LPO|lokalpolisområde)\\s+\\p{Lu}[\\p{L}-]+)?\\s+${VERB}\\s`, 'u');
const LEAD = new RegExp(`^${SUBJECT}(?:\\s+i\\s+(?:Lpo|LPO|lokalpolisområde)\\s+\\p{Lu}[\\p{L}-]+)?\\s+(?:lovar(?: att)?|åtar sig(?: att)?|ska|kommer att|lovar vi att|gör följande)\\s*:?\\s*$`, 'u');
const JOINT_LEAD = /^(?:vi|tillsammans)\s+(?:lovar|åtar oss)(?:\s+(?:vi|tillsammans))?(?:\s+att)?\s*:?\s*$/iu;

/** 'Polisen', '<Kommun> kommun', 'Kommunen' or 'Gemensamt' for both parties together. */
export function partyOf(subject: string, municipalities: string[]): string {
  const s = subject.trim();
  if (/\boch\b|^(?:båda|bägge|parterna|vi\b|tillsammans)/iu.test(s)) return 'Gemensamt';
  if (/polis|lpo/iu.test(s)) return 'Polisen';
  const m = /^(.+?)\s+kommun$/iu.exec(s);
  const name = m ? municipalityName(m[1]!) : undefined;
  if (name) return municipalityOrganisation(name);
  if (/^kommunen$/iu.test(s) && municipalities.length === 1) return municipalityOrganisation(municipalities[0]!);
  return s;
}

export function findCommitments(lines: Line[], municipalities: string[]): CommitmentFound[] {
  const found: CommitmentFound[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells) continue;
    const text = line.text.trim();
    const lead = LEAD.exec(text) ?? (JOINT_LEAD.test(text) ? ['Vi', 'Vi'] : null);
    if (lead && line.style !== 'list') {
      const party = partyOf(lead[1]!, municipalities);
      let j = i + 1;
      while (j < lines.length && lines[j]!.style === 'list') {
        const item = lines[j]!;
        found.push({ party, text: item.text.trim(), span: { start: item.start, end: item.end } });
        j++;
      }
      i = j - 1;
      continue;
    }
    if (line.style === 'list') {
      const statement = STATEMENT.exec(text);
      if (statement) found.push({ party: partyOf(statement[1]!, municipalities), text, span: { start: line.start, end: line.end } });
      continue;
    }
    // Running text: each sentence that promises ("Polisen lovar att …. Lunds kommun lovar att …").
    if (!/lovar att|åtar sig att/u.test(text)) continue;
    for (const m of line.text.matchAll(/[^.!?]+[.!?]?/gu)) {
      const sentence = m[0].trim();
      const statement = STATEMENT.exec(sentence);
      if (!statement || !/lovar att|åtar sig att/u.test(sentence)) continue;
      const start = line.start + m.index + m[0].indexOf(sentence);
      found.push({ party: partyOf(statement[1]!, municipalities), text: sentence, span: { start, end: start + sentence.length } });
    }
  }
  return found;
}
