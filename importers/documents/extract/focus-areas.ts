// Focus areas: the list under a heading or lead that names them ("Fyra fokusområden",
// "Prioriterade fokusområden", "… inom följande fokusområden:"), or "Fokusområde 1: Trafik" lines.

import type { Line, Span } from '../blocks.js';

export interface TextFound {
  value: string;
  span: Span;
}

const LEAD = /fokusområden|prioriterade områden|prioriteringar|insatsområden/iu;
const NUMBERED = /^(?:Fokusområde|Insatsområde)\s*\d*\s*[:.–-]\s*(.+)$/iu;

export function findFocusAreas(lines: Line[]): TextFound[] {
  const found: TextFound[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells) continue;
    const numbered = NUMBERED.exec(line.text.trim());
    if (numbered && line.style !== 'list') {
      const value = numbered[1]!.trim();
      const start = line.start + line.text.indexOf(value);
      found.push({ value, span: { start, end: start + value.length } });
      continue;
    }
    if (line.style === 'list' || !LEAD.test(line.text)) continue;
    if (line.text.length > 200) {
      found.push(...runOn(line));
      continue;
    }
    // A lead sentence ending in ':' or a heading, followed directly by list items.
    if (line.style !== 'heading' && !/:\s*$/.test(line.text)) continue;
    let j = i + 1;
    const items: TextFound[] = [];
    while (j < lines.length && lines[j]!.style === 'list') {
      const item = lines[j]!;
      items.push({ value: item.text.trim(), span: { start: item.start, end: item.end } });
      j++;
    }
    if (items.length > 0) {
      found.push(...items);
      i = j - 1;
    }
  }
  return found;
}

const INLINE_LEAD = /(?:inom|på|kring)\s+följande\s+(?:fokusområden|områden)\s*:\s*/iu;

/**
 * "… inom följande fokusområden: Brottsförebyggande arbete kring ungdomar Konkreta åtgärder … . ANDT- och
 * tillsynsarbete En minskning …": a transcript that lost its line breaks. A sentence that starts with a short
 * phrase followed by a capitalised word names a focus area; sentences without one describe it.
 */
function runOn(line: Line): TextFound[] {
  const lead = INLINE_LEAD.exec(line.text);
  if (!lead) return [];
  const from = lead.index + lead[0].length;
  const rest = line.text.slice(from);
  const stop = rest.search(/[.!?]\s+[^.!?]*fokusområde/iu);
  const region = stop >= 0 ? rest.slice(0, stop + 1) : rest;
  const found: TextFound[] = [];
  let offset = 0;
  for (const sentence of region.split(/(?<=[.!?])\s+/u)) {
    const words = [...sentence.matchAll(/\S+/gu)];
    const split = words.findIndex((w, k) => k >= 2 && /^\p{Lu}\p{Ll}/u.test(w[0]));
    if (split >= 2 && split <= 8) {
      const value = sentence.slice(0, words[split]!.index).trim();
      const start = line.start + from + offset + region.slice(offset).indexOf(sentence);
      found.push({ value, span: { start, end: start + value.length } });
    }
    offset += sentence.length;
  }
  return found;
}
