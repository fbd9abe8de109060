import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencySchema, parseFrequency, type Frequency } from './frequency.js';
import { PHRASES } from './phrases.js';

function countOf(frequency: Frequency): number | undefined {
  return 'count' in frequency ? frequency.count : undefined;
}

describe('parseFrequency: phrase table', () => {
  it('parses at least 97% of the real-style phrases exactly', () => {
    const misses = PHRASES.flatMap(({ text, expected }) => {
      const actual = parseFrequency(text);
      return isDeepStrictEqual(actual, expected) ? [] : [{ text, expected, actual }];
    });
    const exact = PHRASES.length - misses.length;
    const ratio = exact / PHRASES.length;
    console.log(`frequency phrase table: ${exact}/${PHRASES.length} exact (${(ratio * 100).toFixed(1)}%)`);
    const report = misses
      .map((m) => `  ${JSON.stringify(m.text)}\n    expected ${JSON.stringify(m.expected)}\n    actual   ${JSON.stringify(m.actual)}`)
      .join('\n');
    expect(PHRASES.length).toBeGreaterThanOrEqual(170);
    expect(ratio, `exact ${exact}/${PHRASES.length}; misses:\n${report}`).toBeGreaterThanOrEqual(0.97);
  });

  it('has unique phrases whose expected values satisfy the contract', () => {
    expect(new Set(PHRASES.map((p) => p.text)).size).toBe(PHRASES.length);
    for (const { text, expected } of PHRASES) {
      expect(frequencySchema.parse(expected)).toEqual(expected);
      if (expected.kind === 'unspecified') expect(expected.text).toBe(text);
      else expect(text).toContain(expected.text);
    }
  });
});

describe('parseFrequency: the worked example (shared/examples/001_965363f598d85df7.extraction.json)', () => {
  const rows: ReadonlyArray<readonly [string, Frequency]> = [
    ['Som minst 1 gång i månaden', { kind: 'periodic', count: 1, unit: 'month', interval: 1, atLeast: true, text: 'Som minst 1 gång i månaden' }],
    ['Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år.', { kind: 'periodic', count: 2, unit: 'year', interval: 1, atLeast: false, text: '2 ggr/år' }],
    ['Varje arbetspass', { kind: 'periodic', count: 1, unit: 'shift', interval: 1, atLeast: false, text: 'Varje arbetspass' }],
    ['Vid behov', { kind: 'on-demand', text: 'Vid behov' }],
    ['Minst 10 kontroller per månad', { kind: 'periodic', count: 10, unit: 'month', interval: 1, atLeast: true, text: 'Minst 10 kontroller per månad' }],
    ['Minst 4 möten per år med olika nyckelgrupper', { kind: 'periodic', count: 4, unit: 'year', interval: 1, atLeast: true, text: 'Minst 4 möten per år' }],
    ['1 gång per år på föräldramöten och personalträffar', { kind: 'periodic', count: 1, unit: 'year', interval: 1, atLeast: false, text: '1 gång per år' }],
    ['Besöka klasserna år 6-9, 1 gång per år Temadag för 6-9 årligen', { kind: 'periodic', count: 1, unit: 'year', interval: 1, atLeast: false, text: '1 gång per år' }],
    ['Var tredje vecka besöka fritidsgårdens öppna verksamhet', { kind: 'periodic', count: 1, unit: 'week', interval: 3, atLeast: false, text: 'Var tredje vecka' }],
    ['2 gånger per år', { kind: 'periodic', count: 2, unit: 'year', interval: 1, atLeast: false, text: '2 gånger per år' }],
    ['Möjlighet att planera var tredje helg. Löpande under året', { kind: 'periodic', count: 1, unit: 'weekend', interval: 3, atLeast: false, text: 'var tredje helg' }],
    ['Under riskhelger. Löpande under året', { kind: 'occasion', text: 'Under riskhelger' }],
  ];
  it.each(rows)('%s', (when, frequency) => {
    expect(parseFrequency(when)).toStrictEqual(frequency);
  });
});

describe('parseFrequency: focused behaviour', () => {
  it('reads counts written as words, including compounds', () => {
    expect(parseFrequency('tolv gånger per år')).toMatchObject({ kind: 'periodic', count: 12, unit: 'year' });
    expect(parseFrequency('trettiotvå kontroller per kvartal')).toMatchObject({ count: 32, unit: 'quarter' });
    expect(parseFrequency('ett möte per termin')).toMatchObject({ count: 1, unit: 'term' });
  });

  it('reads every-Nth periods from varannan to var tolfte, in words and digits', () => {
    const ordinals = ['andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte', 'tolfte'];
    ordinals.forEach((ordinal, k) => {
      expect(parseFrequency(`var ${ordinal} vecka`)).toMatchObject({ kind: 'periodic', count: 1, unit: 'week', interval: k + 2 });
    });
    expect(parseFrequency('varannan vecka')).toMatchObject({ interval: 2, unit: 'week' });
    expect(parseFrequency('vartannat år')).toMatchObject({ interval: 2, unit: 'year' });
    expect(parseFrequency('var 4:e månad')).toMatchObject({ interval: 4, unit: 'month' });
  });

  it('sets atLeast for minst, som minst, åtminstone and dock minst, and keeps counts after ca/cirka', () => {
    for (const q of ['minst', 'som minst', 'åtminstone', 'dock minst']) {
      expect(parseFrequency(`${q} 3 gånger per termin`)).toMatchObject({ count: 3, atLeast: true, text: `${q} 3 gånger per termin` });
    }
    for (const q of ['ca', 'cirka', 'omkring', 'c:a']) {
      expect(parseFrequency(`${q} 3 gånger per termin`)).toMatchObject({ count: 3, atLeast: false, text: `${q} 3 gånger per termin` });
    }
  });

  it('maps every unit and adverb of the grammar', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['varje arbetspass', 'shift'], ['varje dag', 'day'], ['varje kväll', 'day'], ['varje vecka', 'week'],
      ['varje helg', 'weekend'], ['varje månad', 'month'], ['varje kvartal', 'quarter'], ['varje termin', 'term'],
      ['varje halvår', 'half-year'], ['varje år', 'year'], ['dagligen', 'day'], ['veckovis', 'week'],
      ['månadsvis', 'month'], ['månatligen', 'month'], ['kvartalsvis', 'quarter'], ['halvårsvis', 'half-year'],
      ['årligen', 'year'], ['årsvis', 'year'], ['2 ggr/år', 'year'], ['1 g/mån', 'month'], ['3 per v.', 'week'],
    ];
    for (const [text, unit] of cases) expect(parseFrequency(text), text).toMatchObject({ kind: 'periodic', unit });
  });

  it('gives the documented shape for each non-periodic kind', () => {
    expect(parseFrequency('vid förfrågan')).toStrictEqual({ kind: 'on-demand', text: 'vid förfrågan' });
    expect(parseFrequency('om önskemål finns')).toStrictEqual({ kind: 'on-demand', text: 'om önskemål finns' });
    expect(parseFrequency('kontinuerligt')).toStrictEqual({ kind: 'continuous', text: 'kontinuerligt' });
    expect(parseFrequency('hela året')).toStrictEqual({ kind: 'continuous', text: 'hela året' });
    expect(parseFrequency('vid skolavslutning')).toStrictEqual({ kind: 'occasion', text: 'vid skolavslutning' });
    expect(parseFrequency('vid minst 3 tillfällen')).toStrictEqual({
      kind: 'total', count: 3, unit: null, interval: 1, atLeast: true, text: 'vid minst 3 tillfällen',
    });
    expect(parseFrequency('Se handlingsplan')).toStrictEqual({ kind: 'unspecified', text: 'Se handlingsplan' });
    expect(parseFrequency('')).toStrictEqual({ kind: 'unspecified', text: '' });
  });

  it('says unspecified rather than guessing vague or ranged amounts', () => {
    for (const text of ['några gånger per år', 'ett par gånger per termin', '1-2 ggr/mån', 'två till tre gånger per år', 'regelbundet', 'kvällar och helger']) {
      expect(parseFrequency(text).kind, text).toBe('unspecified');
    }
  });

  it('returns the span verbatim from the original, even when it is decomposed (NFD) or spread over lines', () => {
    const decomposed = 'Polisen patrullerar minst 2 gånger per månad.'.normalize('NFD');
    const result = parseFrequency(decomposed);
    expect(result).toMatchObject({ kind: 'periodic', count: 2, unit: 'month', atLeast: true });
    expect(result.text).toBe('minst 2 gånger per månad'.normalize('NFD'));
    expect(parseFrequency('Minst 4 möten\nper år')).toMatchObject({ count: 4, unit: 'year', text: 'Minst 4 möten\nper år' });
    expect(parseFrequency('  VARJE VECKA  ')).toMatchObject({ unit: 'week', text: 'VARJE VECKA' });
    expect(parseFrequency('2\u00a0ggr\u2009/\u2009år')).toMatchObject({ count: 2, unit: 'year', text: '2\u00a0ggr\u2009/\u2009år' });
  });

  it('never reads years, grades, clock times, dates or ranges as counts', () => {
    for (const text of ['2019', 'år 6-9', 'åk 7–9', 'kl. 10.00', 'kl 18:30', '6–9', '1/1 2019', 'den 31 december', 'vecka 12', 'F-9', '18 år']) {
      expect(parseFrequency(`${text} gånger per år`), text).toStrictEqual({ kind: 'unspecified', text: `${text} gånger per år` });
    }
  });

  it('treats a non-string input as empty text', () => {
    expect(parseFrequency(undefined as unknown as string)).toStrictEqual({ kind: 'unspecified', text: '' });
  });

  it('handles long texts in linear time', () => {
    const long = 'Polisen och kommunen samverkar i det brottsförebyggande arbetet. '.repeat(2000) + 'Minst 2 gånger per år.';
    const started = performance.now();
    expect(parseFrequency(long)).toMatchObject({ count: 2, unit: 'year' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

const swedishWords = [
  'minst', 'som', 'dock', 'ca', 'cirka', 'en', 'ett', 'två', 'tre', 'tolv', 'tjugo', 'gång', 'gånger', 'ggr', 'g', 'st', 'per',
  'i', 'om', 'under', 'varje', 'var', 'vart', 'varannan', 'tredje', 'vecka', 'veckan', 'månad', 'år', 'året', 'helg',
  'termin', 'kväll', 'arbetspass', 'årligen', 'vid', 'behov', 'löpande', 'riskhelger', 'skolavslutning', 'tillfällen',
  'kl', 'åk', '/', '.', ',', ':', '-', '–', '2019', '6-9', '10.00', '18:30', '3', '1', '0', '999', '3:e', 'v.', 'mån',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.array(fc.constantFrom(...swedishWords), { maxLength: 14 }).map((words) => words.join(' ')),
  fc.array(fc.constantFrom(...swedishWords), { maxLength: 14 }).map((words) => words.join('')),
);

/** Tails with no count of their own, so any count in the result must come from the noise. */
const countlessTails = ['', 'gånger per år', 'ggr/år', 'tillfällen', 'kontroller per månad', 'per vecka', 'vid behov', 'löpande', 'under riskhelger', 'gånger'];
/** Tails with a count, to check that noise does not change the result. */
const countedTails = ['2 gånger per år', 'minst 10 kontroller per månad', 'var tredje vecka', 'varje arbetspass', 'vid minst 3 tillfällen', 'en gång i månaden'];

function placements(noise: string, tail: string): string[] {
  return [`${noise} ${tail}`, `${tail} ${noise}`, `${noise}, ${tail}`, `${tail} (${noise})`, `Besöka ${noise} ${tail}`];
}

const year = fc.integer({ min: 1900, max: 2100 });
const yearNoise = year.chain((y) =>
  fc.constantFrom(`${y}`, `under ${y}`, `år ${y}`, `${y}-01-01`, `1/1 ${y}`, `hösten ${y}`, `${y}–${y + 1}`, `Medborgarlöfte ${y}:`).map((text) => ({ y, text })),
);

const gradeNoise = fc
  .tuple(
    fc.constantFrom('år', 'åk', 'årskurs', 'klass', 'Åk', 'År', 'årskurserna'),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom('-', '–', '—', ' - ', ' – '),
    fc.boolean(),
  )
  .map(([word, a, b, dash, single]) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const from = low === 0 ? 'F' : String(low);
    const text = single ? `${word} ${high}` : `${word} ${from}${dash}${high}`;
    return { numbers: [low, high], text };
  });

const clockNoise = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 8 }))
  .map(([h, m, h2, form]) => {
    const mm = String(m).padStart(2, '0');
    const texts = [
      `kl. ${h}.${mm}`, `kl ${h}:${mm}`, `klockan ${h}`, `kl. ${h}`, `kl ${h}–${h2}`, `${h}.${mm}-${h2}.00`, `mellan ${h} och ${h2}`, `kl.${h}.${mm}`, `${h}:${mm}`,
    ];
    return { numbers: [h, m, h2], text: texts[form] ?? `kl ${h}` };
  });

describe('parseFrequency: properties', () => {
  it('never throws, always satisfies the contract and returns a verbatim span', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseFrequency(text);
        expect(frequencySchema.parse(result)).toStrictEqual(result);
        if (result.kind === 'unspecified') expect(result.text).toBe(text);
        else expect(text.includes(result.text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never takes a year as a count', () => {
    fc.assert(
      fc.property(yearNoise, fc.constantFrom(...countlessTails, ...countedTails), ({ y, text }, tail) => {
        for (const phrase of placements(text, tail)) expect(countOf(parseFrequency(phrase)), phrase).not.toBe(y);
      }),
      { numRuns: 500 },
    );
  });

  it('never takes a grade or grade range as a count', () => {
    fc.assert(
      fc.property(gradeNoise, fc.constantFrom(...countlessTails), ({ text }, tail) => {
        for (const phrase of placements(text, tail)) expect(countOf(parseFrequency(phrase)), phrase).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(gradeNoise, fc.constantFrom(...countedTails), ({ text }, tail) => {
        const expected = countOf(parseFrequency(tail));
        for (const phrase of placements(text, tail)) expect(countOf(parseFrequency(phrase)), phrase).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never takes a clock time as a count', () => {
    fc.assert(
      fc.property(clockNoise, fc.constantFrom(...countlessTails), ({ text }, tail) => {
        for (const phrase of placements(text, tail)) expect(countOf(parseFrequency(phrase)), phrase).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(clockNoise, fc.constantFrom(...countedTails), ({ text }, tail) => {
        const expected = countOf(parseFrequency(tail));
        for (const phrase of placements(text, tail)) expect(countOf(parseFrequency(phrase)), phrase).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
