// Decides whether a token may be read as a count. Numbers that are years, grades,
// clock times, dates, ranges, ages, durations, ordinals or labels never are:
// "år 6-9", "åk 7–9", "kl. 10.00", "kl 18:30", "2019", "1/1 2019", "18 år", "vecka 12".

import { cardinalWord, isVagueQuantifierAfterOne, ORDINAL_SUFFIXES, RANGE_LINKS } from './numbers.js';
import type { Token } from './tokens.js';

/** Words after which a number is a label (grade, clock, chapter, week number …), not a count. */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'år', 'åk', 'årskurs', 'årskurser', 'årskurserna', 'klass', 'klasser', 'klasserna', 'kl', 'klockan',
  'kap', 'kapitel', 'nr', 'nummer', 'dnr', 'sid', 'sidan', 's', 'v', 'vecka', 'veckorna', 'p', 'punkt',
  'paragraf', 'bilaga', 'del', 'fas', 'steg', 'mellan', 'den', 'efter', 'före', 'från', 'version', 'rv',
  'väg', 'linje', 'lag', 'sfs', 'avsnitt', 'tabell', 'figur', 'bild', 'mål', 'delmål', 'åtgärd',
  'fokusområde', 'område', 'prioritet', 'nivå', 'grupp', 'rum', 'sal', 'plan', 'hus', 'dag', 'dagen',
  'datum', 'tel', 'telefon', 'år', 'läsår', 'läsåret', 'budgetår', 'verksamhetsår', 'kvartal', 'tertial',
  'termin', 'ht', 'vt', 'gymnasiet', 'högstadiet', 'mellanstadiet', 'lågstadiet', 'stadiet',
]);

/** Abbreviations written with a dot before a label number: "kl. 10", "nr. 3", "v. 12". */
const LABEL_ABBREVIATIONS: ReadonlySet<string> = new Set(['kl', 'nr', 'kap', 'v', 's', 'sid', 'p', 'dnr', 'bil', 'tel', 'fig', 'tab']);

/** Words after which a number is an amount of something else: age, money, duration, distance, a date. */
const NON_COUNT_FOLLOWERS: ReadonlySet<string> = new Set([
  'år', 'års', 'åring', 'åringar', 'åringarna', 'årig', 'åriga', 'kr', 'kronor', 'sek', 'tkr', 'mkr',
  'procent', 'timmar', 'timme', 'tim', 'h', 'minuter', 'min', 'sekunder', 'km', 'mil', 'meter', 'm',
  'kg', 'vecka', 'veckor', 'veckorna', 'månad', 'månader', 'månaderna', 'januari', 'februari', 'mars', 'april', 'maj',
  'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'pers',
]);

/** People, not occasions: "två poliser i tjänst varje helg", "minst två nattvandrare". */
const PEOPLE = /(polis|poliser|person|personer|vuxen|vuxna|vandrare|assistent|assistenter|ledare|deltagare|elev|elever|medarbetare|anställd|anställda|vakt|vakter|väktare|förälder|föräldrar|ungdom|ungdomar|barn|tjänstemän|handläggare|representant|representanter|företrädare|volontärer|samordnare)$/u;

const NUMBER_JOINERS: ReadonlySet<string> = new Set([':', '.', ',', '/']);

function isNumberLike(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.type === 'num' || (token.type === 'word' && cardinalWord(token.text) !== undefined);
}

function isPunct(token: Token | undefined, chars: ReadonlySet<string> | string): boolean {
  if (token === undefined || token.type !== 'punct') return false;
  return typeof chars === 'string' ? token.text === chars : chars.has(token.text);
}

function adjacent(token: Token | undefined): boolean {
  return token !== undefined && !token.spaceBefore;
}

/** True when the number is glued to what is before it: a date, time, decimal, range, code or label. */
function excludedByPrevious(tokens: readonly Token[], i: number): boolean {
  const self = tokens[i];
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (self === undefined || prev === undefined) return false;

  if (prev.type === 'word' && LABEL_WORDS.has(prev.text)) return true;
  if (self.type === 'num' && prev.type === 'word' && adjacent(self)) return true; // "E4", "åk7", "v12"
  if (isPunct(prev, '.') && prev2?.type === 'word' && LABEL_ABBREVIATIONS.has(prev2.text) && adjacent(prev)) return true;
  if (isPunct(prev, '§') || isPunct(prev, '#') || isPunct(prev, '№')) return true;
  if (isPunct(prev, NUMBER_JOINERS) && adjacent(self) && adjacent(prev) && prev2?.type === 'num') return true; // 10.00, 1/1, 1,5
  if (isPunct(prev, '-')) {
    if (isNumberLike(prev2)) return true; // "6-9", "6 - 9", "tre-fyra"
    if (adjacent(self) && adjacent(prev) && prev2 !== undefined) return true; // "F-9", "covid-19"
    if (prev2?.type === 'word' && prev2.text.length === 1) return true; // "F - 9"
  }
  if (prev.type === 'word' && RANGE_LINKS.has(prev.text) && isNumberLike(prev2)) return true; // "2 till 3", "en eller två"
  return false;
}

/** True when what follows shows the number is not a count. */
function excludedByNext(tokens: readonly Token[], i: number): boolean {
  const self = tokens[i];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  if (self === undefined || next === undefined) return false;

  if (isPunct(next, NUMBER_JOINERS) && adjacent(next) && adjacent(next2) && next2?.type === 'num') return true;
  if (isPunct(next, ':') && adjacent(next) && next2?.type === 'word' && ORDINAL_SUFFIXES.has(next2.text)) return true; // 3:e
  if (self.type === 'num' && next.type === 'word' && adjacent(next) && ORDINAL_SUFFIXES.has(next.text)) return true; // 3e
  if (isPunct(next, '-')) {
    if (isNumberLike(next2)) return true; // ranges
    if (adjacent(next)) return true; // "3-årig", "2-dagars"
  }
  if (isPunct(next, '%')) return true;
  if (next.type === 'word' && RANGE_LINKS.has(next.text) && isNumberLike(next2)) return true;
  if (next.type === 'word' && (NON_COUNT_FOLLOWERS.has(next.text) || PEOPLE.test(next.text))) return true;
  return false;
}

/**
 * The count a token stands for when it may be read as a count ("3", "tre", "tjugofem"),
 * otherwise undefined. Four-digit numbers, zero and numbers with leading zeros never are.
 */
export function countAt(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  let value: number | undefined;
  if (token.type === 'num') {
    if (token.text.length > 3 || token.text.startsWith('0')) return undefined;
    value = Number.parseInt(token.text, 10);
  } else if (token.type === 'word') {
    value = cardinalWord(token.text);
    if (value === 1) {
      const next = tokens[i + 1];
      if (next?.type === 'word' && isVagueQuantifierAfterOne(next.text)) return undefined;
    }
  }
  if (value === undefined || value < 1) return undefined;
  if (excludedByPrevious(tokens, i) || excludedByNext(tokens, i)) return undefined;
  return value;
}
