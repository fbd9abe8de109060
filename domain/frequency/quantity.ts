// Finds the first quantitative timing in a text: a count per period ("2 ggr/år",
// "minst 10 kontroller per månad"), an every-Nth period ("var tredje vecka",
// "varannan helg", "varje arbetspass"), a period adverb ("årligen", "på årsbasis"),
// or a count with no period ("vid minst 3 tillfällen", which is kind total).

import { countAt } from './countGuards.js';
import { ordinalWord, ORDINAL_SUFFIXES } from './numbers.js';
import type { Token } from './tokens.js';
import {
  ABBREVIATED_UNITS,
  BASIS_WORDS,
  COMMON_GENDER_UNITS,
  DEFINITE_UNITS,
  INDEFINITE_UNITS,
  isWeekday,
  isWeekdayPlural,
  NEUTER_UNITS,
  NOT_PER_AFTER_I,
  PERIOD_ADVERBS,
  PLURAL_UNITS,
  SEASONS,
  type FrequencyUnit,
} from './units.js';

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

interface Period {
  readonly unit: FrequencyUnit;
  readonly interval: number;
  /** Implied count, e.g. 2 for "varje fredag och lördag"; 1 otherwise. */
  readonly count: number;
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

/** Modifiers allowed between a count and its occasion noun: "3 större trygghetsvandringar". */
const OCCASION_MODIFIERS: ReadonlySet<string> = new Set([
  'större', 'mindre', 'gemensamma', 'gemensam', 'gemensamt', 'riktade', 'riktad', 'öppna', 'öppet', 'olika',
  'extra', 'särskilda', 'planerade', 'nya', 'fysiska', 'digitala', 'stora', 'separata',
]);

/** "under perioden", "under hela avtalsperioden": the plan period, kept in a total's span. */
const PLAN_PERIOD_WORDS: ReadonlySet<string> = new Set([
  'perioden', 'avtalsperioden', 'avtalstiden', 'planperioden', 'projektperioden', 'projekttiden', 'löftesperioden', 'giltighetstiden',
]);

function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.type === 'word' ? token.text : undefined;
}

function punctAt(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i];
  return token?.type === 'punct' && token.text === text;
}

/** The dot of an abbreviation ("v.", "mån.") belongs to the span when it is glued to it. */
function afterOptionalDot(tokens: readonly Token[], i: number): number {
  return punctAt(tokens, i, '.') && tokens[i]?.spaceBefore === false ? i + 1 : i;
}

/** The hyphen of a shared compound part belongs to the noun phrase: "alkohol- och narkotikakontroller". */
function afterSuspendedHyphen(tokens: readonly Token[], i: number): number {
  const link = wordAt(tokens, i + 1);
  return punctAt(tokens, i, '-') && tokens[i]?.spaceBefore === false && (link === 'och' || link === 'eller') ? i + 1 : i;
}

function indefiniteUnitAt(
  tokens: readonly Token[],
  i: number,
  allowAbbreviation: boolean,
): { unit: FrequencyUnit; end: number } | undefined {
  const word = wordAt(tokens, i);
  if (word === undefined) return undefined;
  const unit = INDEFINITE_UNITS.get(word);
  if (unit !== undefined) return { unit, end: i + 1 };
  if (isWeekday(word)) return { unit: 'week', end: i + 1 }; // "varannan tisdag": a weekday recurs weekly
  const abbreviated = allowAbbreviation ? ABBREVIATED_UNITS.get(word) : undefined;
  if (abbreviated !== undefined) return { unit: abbreviated, end: afterOptionalDot(tokens, i + 1) };
  return undefined;
}

/** "tredje", "3:e", "3e", "14:de" → the ordinal's value and where it ends. */
function ordinalAt(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  if (token.type === 'word') {
    const value = ordinalWord(token.text);
    return value === undefined ? undefined : { value, end: i + 1 };
  }
  if (token.type !== 'num' || token.text.length > 3 || token.text.startsWith('0')) return undefined;
  const value = Number.parseInt(token.text, 10);
  if (value < 2) return undefined;
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  if (punctAt(tokens, i + 1, ':') && next?.spaceBefore === false && next2?.type === 'word' && !next2.spaceBefore && ORDINAL_SUFFIXES.has(next2.text)) {
    return { value, end: i + 3 };
  }
  if (next?.type === 'word' && !next.spaceBefore && ORDINAL_SUFFIXES.has(next.text)) return { value, end: i + 2 };
  return undefined;
}

/** "fredag", "fredag och lördag", "fredag, lördag och söndag" after "varje". */
function weekdaysAt(tokens: readonly Token[], i: number): { count: number; end: number } | undefined {
  const first = wordAt(tokens, i);
  if (first === undefined || !isWeekday(first)) return undefined;
  let count = 1;
  let end = i + 1;
  for (;;) {
    const link = tokens[end];
    const isLink = (link?.type === 'word' && link.text === 'och') || punctAt(tokens, end, ',');
    const day = wordAt(tokens, end + 1);
    if (!isLink || day === undefined || !isWeekday(day)) break;
    count++;
    end += 2;
  }
  return { count, end };
}

/** "varje vecka", "var tredje vecka", "varannan helg", "vart annat år", "alla helger", "varje fredag". */
function everyAt(tokens: readonly Token[], i: number): Period | undefined {
  const word = wordAt(tokens, i);
  if (word === undefined) return undefined;

  if (word === 'varannan' || word === 'vartannat' || word === 'varannat' || word === 'vartannan') {
    const unit = indefiniteUnitAt(tokens, i + 1, false);
    return unit && { unit: unit.unit, interval: 2, count: 1, start: i, end: unit.end };
  }

  if (word === 'var' || word === 'vart' || word === 'varje') {
    const next = wordAt(tokens, i + 1);
    if (word !== 'varje' && (next === 'annan' || next === 'annat')) {
      const unit = indefiniteUnitAt(tokens, i + 2, false);
      return unit && { unit: unit.unit, interval: 2, count: 1, start: i, end: unit.end };
    }
    const ordinal = ordinalAt(tokens, i + 1);
    if (ordinal !== undefined) {
      const unit = indefiniteUnitAt(tokens, ordinal.end, false);
      return unit && { unit: unit.unit, interval: ordinal.value, count: 1, start: i, end: unit.end };
    }
    const numeric = tokens[i + 1];
    if (word !== 'varje' && numeric?.type === 'num' && numeric.text.length <= 2 && !numeric.text.startsWith('0')) {
      // "var 3 vecka": colloquial for "var tredje vecka".
      const value = Number.parseInt(numeric.text, 10);
      const unit = indefiniteUnitAt(tokens, i + 2, false);
      if (unit !== undefined && value >= 2) return { unit: unit.unit, interval: value, count: 1, start: i, end: unit.end };
      return undefined;
    }
    if (word === 'varje' && next !== undefined && /^(jämn|ojämn|udda)$/u.test(next) && wordAt(tokens, i + 2) === 'vecka') {
      return { unit: 'week', interval: 2, count: 1, start: i, end: i + 3 }; // "varje ojämn vecka"
    }
    if (word === 'varje') {
      const days = weekdaysAt(tokens, i + 1);
      if (days !== undefined) return { unit: 'week', interval: 1, count: days.count, start: i, end: days.end };
    }
    const unit = indefiniteUnitAt(tokens, i + 1, false);
    if (unit !== undefined && next !== undefined) {
      const labelFollows = word !== 'varje' && tokens[unit.end]?.type === 'num'; // "var vecka 12" is a week number
      const genderFits =
        word === 'varje' || (word === 'var' ? COMMON_GENDER_UNITS.has(next) || isWeekday(next) : NEUTER_UNITS.has(next));
      if (genderFits && !labelFollows) return { unit: unit.unit, interval: 1, count: 1, start: i, end: unit.end };
      return undefined;
    }
    if (word === 'varje') {
      const pair = pairAt(tokens, i + 1);
      if (pair !== undefined) return { ...pair, start: i };
      if (next !== undefined && SEASONS.has(next)) return { unit: 'year', interval: 1, count: 1, start: i, end: i + 2 };
    }
    return undefined;
  }

  if (word === 'alla' || word === 'samtliga') {
    const next = wordAt(tokens, i + 1);
    if (next === undefined) return undefined;
    const unit = PLURAL_UNITS.get(next);
    if (unit !== undefined) return { unit, interval: 1, count: 1, start: i, end: i + 2 };
    if (isWeekdayPlural(next)) return { unit: 'week', interval: 1, count: 1, start: i, end: i + 2 };
  }
  return undefined;
}

/** Adjective uses of "daglig" that are not about frequency: "daglig verksamhet", "det dagliga arbetet". */
function isIdiomaticDaily(word: string, next: string | undefined): boolean {
  return word.startsWith('daglig') && word !== 'dagligen' && next !== undefined && /^(verksamhet|arbet|liv|tal|bruk|drift|sysslor)/u.test(next);
}

/** "årligen", "veckovis", "månatliga", "på årsbasis", "på daglig basis". */
function adverbAt(tokens: readonly Token[], i: number): Period | undefined {
  const word = wordAt(tokens, i);
  if (word === undefined) return undefined;
  const start = wordAt(tokens, i - 1) === 'på' ? i - 1 : i;
  const basis = BASIS_WORDS.get(word);
  if (basis !== undefined) return { unit: basis, interval: 1, count: 1, start, end: i + 1 };
  const unit = PERIOD_ADVERBS.get(word);
  if (unit === undefined) return undefined;
  const next = wordAt(tokens, i + 1);
  if (isIdiomaticDaily(word, next)) return undefined;
  if (next === 'basis') return { unit, interval: 1, count: 1, start, end: i + 2 };
  return { unit, interval: 1, count: 1, start: i, end: i + 1 };
}

/** "vår och höst" (twice a year), "ht och vt" (once a term). */
function pairAt(tokens: readonly Token[], i: number): Period | undefined {
  const first = wordAt(tokens, i);
  const link = tokens[i + 1];
  const second = wordAt(tokens, i + 2);
  if (first === undefined || second === undefined || link === undefined) return undefined;
  const linked = (link.type === 'word' && link.text === 'och') || (link.type === 'punct' && ['/', '&', '+', ','].includes(link.text));
  if (!linked) return undefined;
  const start = wordAt(tokens, i - 1) === 'varje' ? i - 1 : i;
  const spring = /^(vår|våren)$/u;
  const autumn = /^(höst|hösten)$/u;
  if ((spring.test(first) && autumn.test(second)) || (autumn.test(first) && spring.test(second))) {
    return { unit: 'year', interval: 1, count: 2, start, end: i + 3 };
  }
  if ((first === 'ht' && second === 'vt') || (first === 'vt' && second === 'ht')) {
    return { unit: 'term', interval: 1, count: 1, start, end: i + 3 };
  }
  return undefined;
}

/** The period after a count: "per månad", "/år", "i veckan", "om året", "under terminen", "varje vecka", "årligen". */
function periodAfterCount(tokens: readonly Token[], j: number): Period | undefined {
  const token = tokens[j];
  if (token === undefined) return undefined;
  if ((token.type === 'word' && token.text === 'per') || (token.type === 'punct' && token.text === '/')) {
    const unit = indefiniteUnitAt(tokens, j + 1, true);
    return unit && { unit: unit.unit, interval: 1, count: 1, start: j, end: unit.end };
  }
  if (token.type !== 'word') return undefined;
  const next = wordAt(tokens, j + 1);
  if (token.text === 'i' || token.text === 'om' || token.text === 'under') {
    if (next === undefined) return undefined;
    const unit = DEFINITE_UNITS.get(next);
    if (unit !== undefined && !(token.text === 'i' && NOT_PER_AFTER_I.has(next))) {
      return { unit, interval: 1, count: 1, start: j, end: j + 2 };
    }
    if (token.text === 'under' && (next === 'en' || next === 'ett')) {
      const indefinite = indefiniteUnitAt(tokens, j + 2, false);
      return indefinite && { unit: indefinite.unit, interval: 1, count: 1, start: j, end: indefinite.end };
    }
    return undefined;
  }
  return everyAt(tokens, j) ?? adverbAt(tokens, j);
}

type Qualifier = 'atLeast' | 'approximately' | 'atMost';

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
function qualifierBefore(tokens: readonly Token[], start: number): { start: number; kind: Qualifier } | undefined {
  for (const qualifier of QUALIFIERS) {
    const from = start - qualifier.words.length;
    if (from < 0) continue;
    if (qualifier.words.every((w, k) => tokens[from + k]?.text === w)) return { start: from, kind: qualifier.kind };
  }
  return undefined;
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
  if (!isOccasionNoun(wordAt(tokens, noun))) return undefined;
  return { kind: 'total', count, unit: null, interval: 1, start: i, end: planPeriodAfter(tokens, noun + 1) };
}

/** "varje vecka 2 gånger", "årligen, 3 tillfällen": a count just after a period overrides the implied 1. */
function countAfterPeriod(tokens: readonly Token[], end: number): { count: number; end: number } | undefined {
  const at = punctAt(tokens, end, ',') ? end + 1 : end;
  const count = countAt(tokens, at);
  const noun = wordAt(tokens, at + 1);
  if (count === undefined || noun === undefined || !/^(gång|gånger|ggr|g|tillfällen)$/u.test(noun)) return undefined;
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

/** The first quantitative timing in the tokens, or undefined. */
export function findQuantity(tokens: readonly Token[]): QuantityMatch | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.type === 'punct') continue;
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
