// Throughput of the Swedish frequency parser over the phrase table.
// Prints: frequency: parsed N phrases in X ms → Y phrases/s

import { parseFrequency } from '../domain/frequency/frequency.js';
import { PHRASES } from '../domain/frequency/phrases.js';

const WARM_UP_MS = 300;
const MEASURE_MS = 2000;

function parseTable(texts: readonly string[]): number {
  let kinds = 0;
  for (const text of texts) kinds += parseFrequency(text).kind.length; // keep the result alive
  return kinds;
}

export async function benchFrequency(): Promise<void> {
  const texts = PHRASES.map((p) => p.text);
  let sink = 0;

  const warmUpUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUpUntil) sink += parseTable(texts);

  let parsed = 0;
  const started = performance.now();
  for (;;) {
    sink += parseTable(texts);
    parsed += texts.length;
    if (performance.now() - started >= MEASURE_MS) break;
  }
  const elapsed = performance.now() - started;

  const perSecond = Math.round((parsed / elapsed) * 1000);
  console.log(`frequency: parsed ${parsed} phrases in ${elapsed.toFixed(0)} ms → ${perSecond} phrases/s`);
  if (sink < 0) console.log(sink); // never true; stops the loop from being optimised away
}
