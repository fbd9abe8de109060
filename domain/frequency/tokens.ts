// Text preparation for the frequency parser: a normalised, lower-cased copy of the
// input that remembers, for every code unit, where it came from in the original.
// That lets the parser match on clean text and still hand back a verbatim span.

export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  /** Normalised (NFC, lower-case) text of the token. */
  readonly text: string;
  readonly type: TokenType;
  /** Start and end (exclusive) in the normalised string. */
  readonly start: number;
  readonly end: number;
  /** Whether whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

export interface PreparedText {
  readonly original: string;
  readonly tokens: readonly Token[];
  /** The verbatim original text covered by tokens [from, to). */
  slice(from: number, to: number): string;
}

const SPACE_LIKE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const MARK = /\p{M}/u;
const TOKEN = /(\p{L}+)|([0-9]+)|\S/gu;

function normaliseSegment(segment: string): string {
  let out = '';
  for (const ch of segment.normalize('NFC').toLowerCase()) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE_LIKE.test(ch)) out += ' ';
    else if (DASH_LIKE.test(ch)) out += '-';
    else out += ch;
  }
  return out;
}

/** Splits the input into base characters with their combining marks. */
function segments(text: string): Array<{ start: number; value: string }> {
  const result: Array<{ start: number; value: string }> = [];
  let index = 0;
  for (const ch of text) {
    const last = result[result.length - 1];
    if (last !== undefined && MARK.test(ch)) last.value += ch;
    else result.push({ start: index, value: ch });
    index += ch.length;
  }
  return result;
}

const BEYOND_LATIN = /[^\t-\u02FF]/u; // rare control characters below tab just take the NFC check
const NEEDS_SLOW_PATH = /[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const SPACE_LIKE_ALL = new RegExp(SPACE_LIKE.source, 'gu');
const DASH_LIKE_ALL = new RegExp(DASH_LIKE.source, 'gu');

interface Normalised {
  readonly norm: string;
  /** Original start and end of each normalised code unit; undefined when they map one to one. */
  readonly originStart?: readonly number[];
  readonly originEnd?: readonly number[];
}

/** Fast path: NFC text without marks or invisible characters whose lower case keeps its length. */
function normaliseSimple(original: string): Normalised | undefined {
  if (NEEDS_SLOW_PATH.test(original)) return undefined;
  // Nothing below U+0300 changes under NFC, so only text beyond it needs the check.
  if (BEYOND_LATIN.test(original) && original.normalize('NFC') !== original) return undefined;
  const lower = original.toLowerCase();
  if (lower.length !== original.length) return undefined;
  return { norm: lower.replace(SPACE_LIKE_ALL, ' ').replace(DASH_LIKE_ALL, '-') };
}

function normaliseWithMap(original: string): Normalised {
  let norm = '';
  const originStart: number[] = [];
  const originEnd: number[] = [];
  for (const seg of segments(original)) {
    const piece = normaliseSegment(seg.value);
    for (let k = 0; k < piece.length; k++) {
      originStart.push(seg.start);
      originEnd.push(seg.start + seg.value.length);
    }
    norm += piece;
  }
  return { norm, originStart, originEnd };
}

export function prepareText(original: string): PreparedText {
  const { norm, originStart, originEnd } = normaliseSimple(original) ?? normaliseWithMap(original);

  const tokens: Token[] = [];
  let previousEnd = 0;
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(norm); match !== null; match = pattern.exec(norm)) {
    const text = match[0];
    const start = match.index;
    const type: TokenType = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'num' : 'punct';
    tokens.push({ text, type, start, end: start + text.length, spaceBefore: start > previousEnd });
    previousEnd = start + text.length;
  }

  return {
    original,
    tokens,
    slice(from: number, to: number): string {
      const first = tokens[from];
      const last = tokens[to - 1];
      if (first === undefined || last === undefined || to <= from) return '';
      const begin = originStart === undefined ? first.start : (originStart[first.start] ?? 0);
      const finish = originEnd === undefined ? last.end : (originEnd[last.end - 1] ?? original.length);
      return original.slice(begin, finish);
    },
  };
}

/** One element of a word pattern: an exact token text, a set of alternatives, or a test. */
export type TokenPattern = string | ReadonlySet<string> | RegExp;

function tokenMatches(token: Token | undefined, pattern: TokenPattern): boolean {
  if (token === undefined) return false;
  if (typeof pattern === 'string') return token.text === pattern;
  if (pattern instanceof RegExp) return token.type === 'word' && pattern.test(token.text);
  return pattern.has(token.text);
}

/** Where the pattern ends when it matches the tokens from i, else undefined. */
export function matchPattern(tokens: readonly Token[], i: number, pattern: readonly TokenPattern[]): number | undefined {
  for (let k = 0; k < pattern.length; k++) {
    const element = pattern[k];
    if (element === undefined || !tokenMatches(tokens[i + k], element)) return undefined;
  }
  return i + pattern.length;
}

/** A matched token range [start, end). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/** The first place any of the patterns matches, trying patterns in order at each position. */
export function findFirstPattern(tokens: readonly Token[], patterns: ReadonlyArray<readonly TokenPattern[]>): TokenSpan | undefined {
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of patterns) {
      const end = matchPattern(tokens, i, pattern);
      if (end !== undefined) return { start: i, end };
    }
  }
  return undefined;
}

/** The text of the word at i, or undefined when it is missing or not a word. */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.type === 'word' ? token.text : undefined;
}

/** Whether the token at i is the punctuation mark given. */
export function punctAt(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i];
  return token?.type === 'punct' && token.text === text;
}
