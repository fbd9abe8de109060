// Qualifiers written before a count or period: "minst", "som minst", "dock minst",
// "åtminstone" (at least); "ca", "cirka", "omkring" (approximately); "högst", "max" (at most).

import type { Token } from './tokens.js';

export type Qualifier = 'atLeast' | 'approximately' | 'atMost';

const QUALIFIERS: ReadonlyArray<{ words: readonly string[]; kind: Qualifier }> = [
  { words: ['inte', 'mindre', 'än'], kind: 'atLeast' },
  { words: ['inte', 'färre', 'än'], kind: 'atLeast' },
  { words: ['som', 'minst'], kind: 'atLeast' },
  { words: ['dock', 'minst'], kind: 'atLeast' },
  { words: ['men', 'minst'], kind: 'atLeast' },
  { words: ['som', 'lägst'], kind: 'atLeast' },
  { words: ['minst'], kind: 'atLeast' },
  { words: ['åtminstone'], kind: 'atLeast' },
  { words: ['minimum'], kind: 'atLeast' },
  { words: ['c', ':', 'a'], kind: 'approximately' },
  { words: ['ca', '.'], kind: 'approximately' },
  { words: ['ca'], kind: 'approximately' },
  { words: ['cirka'], kind: 'approximately' },
  { words: ['omkring'], kind: 'approximately' },
  { words: ['ungefär'], kind: 'approximately' },
  { words: ['runt'], kind: 'approximately' },
  { words: ['upp', 'till'], kind: 'atMost' },
  { words: ['som', 'mest'], kind: 'atMost' },
  { words: ['högst'], kind: 'atMost' },
  { words: ['maximalt'], kind: 'atMost' },
  { words: ['max', '.'], kind: 'atMost' },
  { words: ['max'], kind: 'atMost' },
];

/** A qualifier written just before start ("som minst", "ca", "högst"): where it begins and what it says. */
export function qualifierBefore(tokens: readonly Token[], start: number): { start: number; kind: Qualifier } | undefined {
  for (const qualifier of QUALIFIERS) {
    const from = start - qualifier.words.length;
    if (from < 0) continue;
    if (qualifier.words.every((w, k) => tokens[from + k]?.text === w)) return { start: from, kind: qualifier.kind };
  }
  return undefined;
}
