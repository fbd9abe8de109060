// Finds the first quantitative timing in a text: a count per period ("2 ggr/år",
// "minst 10 kontroller per månad"), an every-Nth period ("var tredje vecka",
// "varannan helg", "varje arbetspass"), a period adverb ("årligen", "på årsbasis"),
// or a count with no period ("vid minst 3 tillfällen", which is kind total).

import { countAt } from './countGuards.js';
import { cardinalWord } from './numbers.js';
import { adverbAt, afterOptionalDot, everyAt, pairAt, PERIOD_STARTERS, periodAfterCount, type Period } from './periods.js';
import { qualifierBefore } from './qualifiers.js';
import { punctAt, wordAt, type Token } from './tokens.js';
import type { FrequencyUnit } from './units.js';

export interface QuantityMatch {
  readonly kind: 'periodic' | 'total';
  readonly count: number;
  readonly unit: FrequencyUnit | null;
  readonly interval: number;
  readonly atLeast: boolean;
  /** Token range [start, end) the match was read from. */
  readonly start: number;
  readonly end: number;
}

const MAX_WORDS_BETWEEN_COUNT_AND_PERIOD = 4;

/** Words that end the noun phrase between a count and its period. */
const BREAK_WORDS: ReadonlySet<string> = new Set(['eller', 'men', 'dock', 'samt', 'minst', 'högst', 'vid', 'när', 'då', 'där', 'som', 'varav']);

/** Abbreviated count nouns that may carry a dot: "4 st. per termin", "2 ggr. per år". */
const DOTTED_COUNT_NOUNS: ReadonlySet<string> = new Set(['st', 'ggr', 'gg', 'g', 'tillf']);

/** Nouns that name occasions, so a count before them is a number of occurrences. */
const OCCASION_NOUN_EXACT: ReadonlySet<string> = new Set(['gång', 'gånger', 'ggr', 'gg', 'g', 'st', 'stycken', 'tillf', 'event']);
const OCCASION_NOUN_SUFFIX =
  /(tillfälle|tillfällen|träff|träffar|möte|möten|besök|kontroll|kontroller|vandring|vandringar|insats|insatser|dialog|dialoger|utbildning|utbildningar|föreläsning|föreläsningar|aktivitet|aktiviteter|kampanj|kampanjer|tillsyn|tillsyner|inspektion|inspektioner|razzia|razzior|workshop|workshops|seminarium|seminarier|konferens|konferenser|temadag|temadagar|samtal|kväll|kvällar|natt|nätter|arbetspass|evenemang|genomgång|genomgångar|övning|övningar|mätning|mätningar|enkät|enkäter|utskick|nyhetsbrev|artikel|artiklar|inlägg|annons|annonser|sammanträde|sammanträden|uppföljning|uppföljningar|informationstillfällen|patrullering|patrulleringar)$/u;

/** Nouns after which "en"/"ett" is a count rather than an article when no period follows. */
const ARTICLE_TOTAL_NOUNS: ReadonlySet<string> = new Set(['gång', 'tillfälle']);

/** Modifiers allowed between a count and its occasion noun: "3 större trygghetsvandringar". */
const OCCASION_MODIFIERS: ReadonlySet<string> = new Set([
  'större', 'mindre', 'gemensamma', 'gemensam', 'gemensamt', 'riktade', 'riktad', 'öppna', 'öppet', 'olika',
  'extra', 'särskilda', 'planerade', 'nya', 'fysiska', 'digitala', 'stora', 'separata',
]);

/** "under perioden", "under hela avtalsperioden": the plan period, kept in a total's span. */
const PLAN_PERIOD_WORDS: ReadonlySet<string> = new Set([
  'perioden', 'avtalsperioden', 'avtalstiden', 'planperioden', 'projektperioden', 'projekttiden', 'löftesperioden', 'giltighetstiden',
]);

/** The hyphen of a shared compound part belongs to the noun phrase: "alkohol- och narkotikakontroller". */
function afterSuspendedHyphen(tokens: readonly Token[], i: number): number {
  const link = wordAt(tokens, i + 1);
  return punctAt(tokens, i, '-') && tokens[i]?.spaceBefore === false && (link === 'och' || link === 'eller') ? i + 1 : i;
}

function isOccasionNoun(word: string | undefined): boolean {
  return word !== undefined && (OCCASION_NOUN_EXACT.has(word) || OCCASION_NOUN_SUFFIX.test(word));
}

/** "under perioden", "under hela avtalsperioden" right after a total. */
function planPeriodAfter(tokens: readonly Token[], i: number): number {
  if (wordAt(tokens, i) !== 'under') return i;
  const k = wordAt(tokens, i + 1) === 'hela' ? i + 2 : i + 1;
  const word = wordAt(tokens, k);
  return word !== undefined && PLAN_PERIOD_WORDS.has(word) ? k + 1 : i;
}

/** "vid" before "vid två tillfällen" belongs to the span. */
function withLeadingVid(tokens: readonly Token[], start: number, countIndex: number): number {
  const noun = wordAt(tokens, countIndex + 1);
  return wordAt(tokens, start - 1) === 'vid' && noun !== undefined && noun.startsWith('tillfälle') ? start - 1 : start;
}

/** A count and what follows it: a period (periodic) or an occasion noun (total). */
function countPhraseAt(tokens: readonly Token[], i: number): Omit<QuantityMatch, 'atLeast'> | undefined {
  const count = countAt(tokens, i);
  if (count === undefined) return undefined;
  if (wordAt(tokens, i) === 'sex' && wordAt(tokens, i + 1) === 'och') return undefined; // "sex och samlevnad"

  let j = i + 1;
  for (let words = 0; words <= MAX_WORDS_BETWEEN_COUNT_AND_PERIOD; words++) {
    const period = periodAfterCount(tokens, j);
    if (period !== undefined) return { kind: 'periodic', count, unit: period.unit, interval: period.interval, start: i, end: period.end };
    const token = tokens[j];
    if (token === undefined || token.type !== 'word' || BREAK_WORDS.has(token.text)) break;
    j = DOTTED_COUNT_NOUNS.has(token.text) ? afterOptionalDot(tokens, j + 1) : afterSuspendedHyphen(tokens, j + 1);
  }

  let noun = i + 1;
  const first = wordAt(tokens, noun);
  if (first !== undefined && OCCASION_MODIFIERS.has(first)) noun++;
  const nounWord = wordAt(tokens, noun);
  if (!isOccasionNoun(nounWord)) return undefined;
  // "en"/"ett" is usually the article ("vid behov genomförs en insats"); only "en gång", "ett tillfälle" count.
  const article = wordAt(tokens, i) === 'en' || wordAt(tokens, i) === 'ett';
  if (article && !ARTICLE_TOTAL_NOUNS.has(nounWord ?? '')) return undefined;
  return { kind: 'total', count, unit: null, interval: 1, start: i, end: planPeriodAfter(tokens, noun + 1) };
}

const TIMES_NOUNS: ReadonlySet<string> = new Set(['gång', 'gånger', 'ggr', 'g', 'tillfällen']);

/** "varje vecka 2 gånger", "årligen, 3 tillfällen": a count just after a period overrides the implied 1. */
function countAfterPeriod(tokens: readonly Token[], end: number): { count: number; end: number } | undefined {
  const at = punctAt(tokens, end, ',') ? end + 1 : end;
  const count = countAt(tokens, at);
  const noun = wordAt(tokens, at + 1);
  if (count === undefined || noun === undefined || !TIMES_NOUNS.has(noun)) return undefined;
  return { count, end: at + 2 };
}

function periodicFromPeriod(tokens: readonly Token[], period: Period): Omit<QuantityMatch, 'atLeast'> {
  const explicit = countAfterPeriod(tokens, period.end);
  return {
    kind: 'periodic',
    count: explicit?.count ?? period.count,
    unit: period.unit,
    interval: period.interval,
    start: period.start,
    end: explicit?.end ?? period.end,
  };
}

function mayStartQuantity(token: Token): boolean {
  if (token.type === 'num') return true;
  return token.type === 'word' && (PERIOD_STARTERS.has(token.text) || cardinalWord(token.text) !== undefined);
}

/** The first quantitative timing in the tokens, or undefined. */
export function findQuantity(tokens: readonly Token[]): QuantityMatch | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || !mayStartQuantity(token)) continue;
    let found = countPhraseAt(tokens, i);
    if (found === undefined) {
      const period = everyAt(tokens, i) ?? adverbAt(tokens, i) ?? pairAt(tokens, i);
      if (period !== undefined) found = periodicFromPeriod(tokens, period);
    }
    if (found === undefined) continue;
    const qualifier = qualifierBefore(tokens, found.start);
    const start = withLeadingVid(tokens, qualifier?.start ?? found.start, i);
    return { ...found, atLeast: qualifier?.kind === 'atLeast', start };
  }
  return undefined;
}
