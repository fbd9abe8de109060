// Swedish dates as agreements write them: 2019-01-01, 1/1 2019, 31/12 2015, "1 juli 2018", "den 8 december 2016".

import { isIsoDate, type IsoDate } from '#domain/schedule/dates.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** One regex source for any of the date forms; use with the 'u' and 'i' flags. */
export const DATE_SOURCE =
  `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\/\\d{1,2}[ ,]\\s*\\d{4}|\\d{1,2}\\/\\d{1,2}-\\d{4}|\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4})`;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? text : undefined;
}

export function parseSwedishDate(text: string): IsoDate | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})[ ,-]\s*(\d{4})$/.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!);
    return month >= 0 ? iso(+m[3]!, month + 1, +m[1]!) : undefined;
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = { ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, tolv: 12, arton: 18, tjugofyra: 24, trettiosex: 36 };

export function parseCount(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}
