// Swedish number words: cardinals (en, ett … tolv, tjugo, trettiofem …) used as
// counts, and ordinals (andra, tredje … tolfte, tjugonde) used in "var tredje vecka".

const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6],
  ['sju', 7], ['åtta', 8], ['nio', 9], ['tio', 10], ['elva', 11], ['tolv', 12],
  ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16], ['sjutton', 17],
  ['arton', 18], ['aderton', 18], ['nitton', 19], ['tjugo', 20], ['trettio', 30],
  ['fyrtio', 40], ['femtio', 50], ['sextio', 60], ['sjuttio', 70], ['åttio', 80],
  ['nittio', 90], ['hundra', 100], ['etthundra', 100],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['tjugo', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50],
  ['sextio', 60], ['sjuttio', 70], ['åttio', 80], ['nittio', 90],
]);

const ONES: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5],
  ['sex', 6], ['sju', 7], ['åtta', 8], ['nio', 9],
]);

const COMPOUND = /^(tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)$/u;

/** Value of a Swedish cardinal word ("tre" → 3, "tjugofem" → 25), else undefined. */
export function cardinalWord(word: string): number | undefined {
  const direct = CARDINALS.get(word);
  if (direct !== undefined) return direct;
  const match = COMPOUND.exec(word);
  if (match === null) return undefined;
  const tens = TENS.get(match[1] ?? '');
  const ones = ONES.get(match[2] ?? '');
  return tens !== undefined && ones !== undefined ? tens + ones : undefined;
}

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['andra', 2], ['tredje', 3], ['fjärde', 4], ['femte', 5], ['sjätte', 6], ['sjunde', 7],
  ['åttonde', 8], ['nionde', 9], ['tionde', 10], ['elfte', 11], ['tolfte', 12],
  ['trettonde', 13], ['fjortonde', 14], ['femtonde', 15], ['sextonde', 16],
  ['sjuttonde', 17], ['artonde', 18], ['nittonde', 19], ['tjugonde', 20],
]);

/** Value of a Swedish ordinal word ("tredje" → 3), else undefined. */
export function ordinalWord(word: string): number | undefined {
  return ORDINALS.get(word);
}

/** Suffixes written after a digit ordinal: "3:e", "2:a", "14:de", "3e". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'a', 'de', 'dje']);

/**
 * Words that make a following "en"/"ett" vague rather than a count:
 * "ett par gånger", "ett antal", "ett fåtal", "ett tiotal".
 */
const VAGUE_AFTER_ONE: ReadonlySet<string> = new Set(['par', 'antal', 'fåtal', 'flertal', 'handfull', 'del', 'fler', 'flera']);

export function isVagueQuantifierAfterOne(word: string): boolean {
  return VAGUE_AFTER_ONE.has(word) || word.endsWith('tal'); // "ett tiotal", "ett tjugotal"
}

/** Words linking two numbers into a range, an alternative or a ratio: "2 till 3", "en eller två", "3 av 4". */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['till', 'eller', 'à', 'á', 'och', 'a', 'av']);
