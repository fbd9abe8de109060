// Periods: how often a unit recurs. "per månad", "/år", "i veckan", "om året",
// "varje vecka", "var tredje vecka", "varannan helg", "alla helger", "varje fredag",
// "årligen", "på årsbasis", "vår och höst", "ht och vt".

import { ordinalWord, ORDINAL_SUFFIXES } from './numbers.js';
import { punctAt, wordAt, type Token } from './tokens.js';
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

export interface Period {
  readonly unit: FrequencyUnit;
  readonly interval: number;
  /** Implied count, e.g. 2 for "varje fredag och lördag"; 1 otherwise. */
  readonly count: number;
  readonly start: number;
  readonly end: number;
}

/** The dot of an abbreviation ("v.", "mån.") belongs to the span when it is glued to it. */
export function afterOptionalDot(tokens: readonly Token[], i: number): number {
  return punctAt(tokens, i, '.') && tokens[i]?.spaceBefore === false ? i + 1 : i;
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

/** "varje ojämn vecka", "varje jämn vecka": every other week. */
const ALTERNATE_WEEKS: ReadonlySet<string> = new Set(['jämn', 'ojämn', 'udda']);

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
export function everyAt(tokens: readonly Token[], i: number): Period | undefined {
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
    if (word === 'varje' && next !== undefined && ALTERNATE_WEEKS.has(next) && wordAt(tokens, i + 2) === 'vecka') {
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
const IDIOMATIC_AFTER_DAILY = /^(verksamhet|arbet|liv|tal|bruk|drift|sysslor)/u;

function isIdiomaticDaily(word: string, next: string | undefined): boolean {
  return word.startsWith('daglig') && word !== 'dagligen' && next !== undefined && IDIOMATIC_AFTER_DAILY.test(next);
}

/** "årligen", "veckovis", "månatliga", "på årsbasis", "på daglig basis". */
export function adverbAt(tokens: readonly Token[], i: number): Period | undefined {
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

const SPRING: ReadonlySet<string> = new Set(['vår', 'våren']);
const AUTUMN: ReadonlySet<string> = new Set(['höst', 'hösten']);
const PAIR_LINKS: ReadonlySet<string> = new Set(['/', '&', '+', ',']);

/** "vår och höst" (twice a year), "ht och vt" (once a term). */
export function pairAt(tokens: readonly Token[], i: number): Period | undefined {
  const first = wordAt(tokens, i);
  const link = tokens[i + 1];
  const second = wordAt(tokens, i + 2);
  if (first === undefined || second === undefined || link === undefined) return undefined;
  const linked = (link.type === 'word' && link.text === 'och') || (link.type === 'punct' && PAIR_LINKS.has(link.text));
  if (!linked) return undefined;
  const start = wordAt(tokens, i - 1) === 'varje' ? i - 1 : i;
  if ((SPRING.has(first) && AUTUMN.has(second)) || (AUTUMN.has(first) && SPRING.has(second))) {
    return { unit: 'year', interval: 1, count: 2, start, end: i + 3 };
  }
  if ((first === 'ht' && second === 'vt') || (first === 'vt' && second === 'ht')) {
    return { unit: 'term', interval: 1, count: 1, start, end: i + 3 };
  }
  return undefined;
}

/** The period after a count: "per månad", "/år", "i veckan", "om året", "under terminen", "varje vecka", "årligen". */
export function periodAfterCount(tokens: readonly Token[], j: number): Period | undefined {
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

/** Words that can begin a period on their own (besides numbers and number words). */
export const PERIOD_STARTERS: ReadonlySet<string> = new Set([
  'var', 'vart', 'varje', 'varannan', 'vartannat', 'varannat', 'vartannan', 'alla', 'samtliga', 'ht', 'vt',
  ...SPRING, ...AUTUMN, ...PERIOD_ADVERBS.keys(), ...BASIS_WORDS.keys(),
]);
