// Continuous timing: ongoing through the period rather than counted.
// "löpande", "kontinuerligt", "fortlöpande", "pågående", "hela året", "året runt".

import { findFirstPattern, matchPattern, type Token, type TokenPattern, type TokenSpan } from './tokens.js';

const KEYWORDS = /^(löpande|kontinuerlig|kontinuerligt|kontinuerliga|fortlöpande|fortgående|pågående|pågår|ständigt|ständig|oavbrutet)$/u;
const WHOLE_PERIODS: ReadonlySet<string> = new Set([
  'året', 'läsåret', 'perioden', 'avtalsperioden', 'avtalstiden', 'planperioden', 'projekttiden', 'projektperioden', 'terminen', 'tiden',
]);
const DURING_PERIODS: ReadonlySet<string> = new Set([...WHOLE_PERIODS, 'terminerna', 'veckan', 'sommaren']);

const STARTS: ReadonlyArray<readonly TokenPattern[]> = [
  ['under', 'hela', WHOLE_PERIODS],
  ['hela', WHOLE_PERIODS],
  ['året', 'runt'],
  ['dygnet', 'runt'],
  [KEYWORDS],
];

/** Words that may follow a continuous keyword inside the span: "löpande under året", "pågår hela året". */
const TAILS: ReadonlyArray<readonly TokenPattern[]> = [
  ['under', 'hela', WHOLE_PERIODS],
  ['under', DURING_PERIODS],
  ['hela', WHOLE_PERIODS],
  ['året', 'runt'],
  ['över', 'året'],
  [KEYWORDS],
];

export function findContinuous(tokens: readonly Token[]): TokenSpan | undefined {
  const first = findFirstPattern(tokens, STARTS);
  if (first === undefined) return undefined;
  let end = first.end;
  for (let extended = true; extended; ) {
    extended = false;
    for (const tail of TAILS) {
      const next = matchPattern(tokens, end, tail);
      if (next !== undefined) {
        end = next;
        extended = true;
        break;
      }
    }
  }
  return { start: first.start, end };
}
