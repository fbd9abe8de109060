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
    if (line.style === 'list' || !LEAD.test(line.text) || line.text.length > 200) continue;
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
