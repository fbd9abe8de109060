// Validity in the forms Swedish agreements use: a fixed period ("2020–2023"), a start and a length
// ("löper på fyra år med början 1/1 2019"), open-ended ("tillsvidare") and yearly renewal
// ("… till och med 31/12 2015 och därefter kalenderårsvis tills någon av parterna säger upp avtalet").

import { endAfter } from '#domain/agreements/validity.js';
import type { Span } from '../blocks.js';
import { DATE_SOURCE, parseCount, parseSwedishDate } from './dates.js';

export interface ValidityFound {
  validFrom: string | null;
  validTo: string | null;
  openEnded: boolean;
  renewal: string | null;
  sources: Partial<Record<'validFrom' | 'validTo' | 'openEnded' | 'renewal', Span>>;
  warnings: string[];
}

const D = `(${DATE_SOURCE})`;
const re = (source: string, flags = 'iu') => new RegExp(source, flags);

const LENGTH = re(`(?:löper|gäller|sträcker sig)\\s+(?:på|under|i)\\s+(\\p{L}+|\\d+)\\s+(år|månader)\\s+(?:med (?:början|start)|från(?: och med)?|fr\\.o\\.m\\.?)\\s+(?:den\\s+)?${D}`);
const FROM_TO = re(`(?:från och med|fr\\.o\\.m\\.?|från|gäller(?:\\s+(?:för|under)\\s+perioden)?)\\s+(?:den\\s+)?${D}\\s*(?:till och med|t\\.o\\.m\\.?|till|[–-])\\s*(?:den\\s+)?${D}`);
const FROM = re(`(?:från och med|fr\\.o\\.m\\.?|gäller från|med (?:början|start)|gäller fr\\.o\\.m\\.?)\\s+(?:den\\s+)?${D}`);
const TO = re(`(?:till och med|t\\.o\\.m\\.?|längst till|giltig till|gäller till)\\s+(?:den\\s+)?${D}`);
const RENEWAL = re(`därefter\\s+(?:förlängs\\s+(?:det|avtalet|överenskommelsen)\\s+)?(kalenderårsvis|årsvis|ett år i taget|med ett år i taget|med ett år|ett år åt gången)`);
const OPEN = re(`tills\\s?vidare`);
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})\s*(?:[–—-]|\s|till|t\.o\.m\.?)\s*((?:19|20)\d{2})(?!\d|-\d)/u;
const YEAR_PAIR_CONTEXT = /(?:för åren|åren|perioden|period|under|gäller|giltig|avtalstid|löften|löfte|överenskommelse|samverkansöverenskommelse|avtal)\s*(?:för\s+)?$/iu;
const SINGLE_YEAR = re(`(?:gäller|giltig|löper)\\s+(?:under|för)\\s+(?:år\\s+|året\\s+)?((?:19|20)\\d{2})(?![\\d–-])`);
const SIGNING = re(`(?:^|\\n)\\s*\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?,?\\s+(?:den\\s*)?\\n?\\s*${D}`, 'gu');
const ANY_DATE = re(D, 'giu');

const spanOf = (m: RegExpExecArray, group: string): Span => {
  const start = m.index + m[0].indexOf(group);
  return { start, end: start + group.length };
};

/** The signing place and date ("Norsjö den 2019-01-01", "Storuman den 8 december 2016"), the last one wins. */
export function signingDate(text: string): { date: string; span: Span } | undefined {
  let found: { date: string; span: Span } | undefined;
  for (const m of text.matchAll(SIGNING)) {
    const date = parseSwedishDate(m[1]!);
    if (date) found = { date, span: spanOf(m as RegExpExecArray, m[1]!) };
  }
  return found;
}

export function findValidity(text: string, title: string | null): ValidityFound {
  const result: ValidityFound = { validFrom: null, validTo: null, openEnded: false, renewal: null, sources: {}, warnings: [] };
  const setFrom = (date: string | undefined, span: Span) => {
    if (date && result.validFrom === null) {
      result.validFrom = date;
      result.sources.validFrom = span;
    }
  };
  const setTo = (date: string | undefined, span: Span) => {
    if (date && result.validTo === null) {
      result.validTo = date;
      result.sources.validTo = span;
    }
  };

  const renewal = RENEWAL.exec(text);
  if (renewal) {
    result.openEnded = true;
    result.renewal = renewal[1]!.toLowerCase();
    result.sources.renewal = spanOf(renewal, renewal[1]!);
    result.sources.openEnded = result.sources.renewal;
  }
  const length = LENGTH.exec(text);
  if (length) {
    const count = parseCount(length[1]!);
    const from = parseSwedishDate(length[3]!);
    if (count && from) {
      const months = length[2]!.toLowerCase() === 'år' ? count * 12 : count;
      setFrom(from, spanOf(length, length[3]!));
      setTo(endAfter(from, { months }), { start: length.index, end: length.index + length[0].length });
    }
  }
  const fromTo = FROM_TO.exec(text);
  if (fromTo) {
    setFrom(parseSwedishDate(fromTo[1]!), spanOf(fromTo, fromTo[1]!));
    setTo(parseSwedishDate(fromTo[2]!), { start: fromTo.index + fromTo[0].lastIndexOf(fromTo[2]!), end: fromTo.index + fromTo[0].lastIndexOf(fromTo[2]!) + fromTo[2]!.length });
  }
  const from = FROM.exec(text);
  if (from) setFrom(parseSwedishDate(from[1]!), spanOf(from, from[1]!));
  const to = TO.exec(text);
  if (to) setTo(parseSwedishDate(to[1]!), spanOf(to, to[1]!));

  const open = OPEN.exec(text);
  if (open && !result.openEnded && result.validTo === null) {
    result.openEnded = true;
    result.sources.openEnded = { start: open.index, end: open.index + open[0].length };
  }

  const range = yearRange(text, title);
  if (range) {
    const [a, b, span] = range;
    if (result.validFrom === null && result.validTo === null) {
      setFrom(`${a}-01-01`, span);
      setTo(`${b}-12-31`, span);
    } else if (result.validTo !== null && Number(result.validTo.slice(0, 4)) !== b) {
      result.warnings.push(`Slutdatumet ${result.validTo} är räknat ur texten; rubriken säger ${a}–${b}.`);
    }
  }

  const single = result.validFrom === null && result.validTo === null ? SINGLE_YEAR.exec(text) : null;
  if (single) {
    const span = spanOf(single, single[1]!);
    setFrom(`${single[1]}-01-01`, span);
    setTo(`${single[1]}-12-31`, span);
  }

  if (result.validFrom === null) {
    const signed = signingDate(text);
    if (signed && (result.validTo === null || signed.date <= result.validTo)) {
      setFrom(signed.date, signed.span);
      result.warnings.push(`Startdatumet ${signed.date} är underskriftsdagen; dokumentet anger inget eget startdatum.`);
    } else if (result.openEnded) {
      const first = ANY_DATE.exec(text);
      ANY_DATE.lastIndex = 0;
      const date = first ? parseSwedishDate(first[1]!) : undefined;
      if (first && date) {
        setFrom(date, spanOf(first, first[1]!));
        result.warnings.push(`Startdatumet ${date} är det första datumet i dokumentet; kontrollera det.`);
      }
    }
  }
  if (result.validFrom === null && result.validTo === null && !result.openEnded) result.warnings.push('Ingen giltighetstid hittades.');
  return result;
}

/** "2020–2023" in the title, or after "för åren", "perioden" … in the text. */
function yearRange(text: string, title: string | null): [number, number, Span] | undefined {
  const candidates: { index: number; m: RegExpExecArray }[] = [];
  const global = new RegExp(YEAR_RANGE.source, 'gu');
  for (const m of text.matchAll(global)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const inTitle = title !== null && title.includes(m[0].trim());
    if (inTitle || YEAR_PAIR_CONTEXT.test(before) || /^\s*$/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) {
      candidates.push({ index: m.index, m: m as RegExpExecArray });
    }
  }
  for (const { m } of candidates) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a && b - a <= 10) return [a, b, { start: m.index, end: m.index + m[0].length }];
  }
  return undefined;
}
