import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFrequency } from './frequency.describe.js';
import { FREQUENCY_UNITS, parseFrequency, type Frequency } from './frequency.js';

const periodic = (count: number, unit: (typeof FREQUENCY_UNITS)[number], interval = 1, atLeast = false): Frequency => ({
  kind: 'periodic', count, unit, interval, atLeast, text: '',
});

describe('describeFrequency', () => {
  it('labels periodic frequencies in Swedish', () => {
    expect(describeFrequency(periodic(10, 'month', 1, true), 'sv')).toBe('minst 10 per månad');
    expect(describeFrequency(periodic(1, 'week', 3), 'sv')).toBe('1 gång var tredje vecka');
    expect(describeFrequency(periodic(1, 'year'), 'sv')).toBe('1 gång per år');
    expect(describeFrequency(periodic(2, 'year'), 'sv')).toBe('2 per år');
    expect(describeFrequency(periodic(1, 'year', 2), 'sv')).toBe('1 gång vartannat år');
    expect(describeFrequency(periodic(2, 'month', 2), 'sv')).toBe('2 gånger varannan månad');
    expect(describeFrequency(periodic(1, 'quarter', 3), 'sv')).toBe('1 gång vart tredje kvartal');
    expect(describeFrequency(periodic(1, 'day', 14), 'sv')).toBe('1 gång var fjortonde dag');
    expect(describeFrequency(periodic(1, 'day', 21), 'sv')).toBe('1 gång var 21:a dag');
    expect(describeFrequency(periodic(1, 'shift'), 'sv')).toBe('1 gång per arbetspass');
    expect(describeFrequency(periodic(1, 'half-year', 1, true), 'sv')).toBe('minst 1 gång per halvår');
  });

  it('labels periodic frequencies in English', () => {
    expect(describeFrequency(periodic(10, 'month', 1, true), 'en')).toBe('at least 10 per month');
    expect(describeFrequency(periodic(1, 'week', 3), 'en')).toBe('once every 3 weeks');
    expect(describeFrequency(periodic(1, 'year'), 'en')).toBe('once per year');
    expect(describeFrequency(periodic(2, 'weekend', 2), 'en')).toBe('twice every other weekend');
    expect(describeFrequency(periodic(4, 'term', 3), 'en')).toBe('4 times every 3 terms');
  });

  it('labels the other kinds', () => {
    const total: Frequency = { kind: 'total', count: 3, unit: null, interval: 1, atLeast: true, text: 'vid minst 3 tillfällen' };
    expect(describeFrequency(total, 'sv')).toBe('minst 3 gånger under perioden');
    expect(describeFrequency(total, 'en')).toBe('at least 3 times during the period');
    expect(describeFrequency({ kind: 'on-demand', text: 'Vid behov' }, 'sv')).toBe('vid behov');
    expect(describeFrequency({ kind: 'on-demand', text: 'Vid behov' }, 'en')).toBe('as needed');
    expect(describeFrequency({ kind: 'continuous', text: 'Löpande' }, 'sv')).toBe('löpande');
    expect(describeFrequency({ kind: 'continuous', text: 'Löpande' }, 'en')).toBe('ongoing');
    expect(describeFrequency({ kind: 'occasion', text: 'Under riskhelger' }, 'sv')).toBe('vid tillfällen: under riskhelger');
    expect(describeFrequency({ kind: 'occasion', text: 'Under riskhelger' }, 'en')).toBe('on occasions: under riskhelger');
    expect(describeFrequency({ kind: 'occasion', text: 'VM-finalen' }, 'sv')).toBe('vid tillfällen: VM-finalen');
    expect(describeFrequency({ kind: 'unspecified', text: 'Se plan' }, 'sv')).toBe('ej angivet');
    expect(describeFrequency({ kind: 'unspecified', text: 'Se plan' }, 'en')).toBe('not specified');
  });

  it('describes what the parser reads from the worked example', () => {
    expect(describeFrequency(parseFrequency('Som minst 1 gång i månaden'), 'sv')).toBe('minst 1 gång per månad');
    expect(describeFrequency(parseFrequency('Var tredje vecka besöka fritidsgården'), 'sv')).toBe('1 gång var tredje vecka');
    expect(describeFrequency(parseFrequency('Möjlighet att planera var tredje helg.'), 'sv')).toBe('1 gång var tredje helg');
    expect(describeFrequency(parseFrequency('Under riskhelger. Löpande under året'), 'sv')).toBe('vid tillfällen: under riskhelger');
  });

  it('always gives a non-empty label for any valid frequency', () => {
    const frequency: fc.Arbitrary<Frequency> = fc.oneof(
      fc.record({
        kind: fc.constant('periodic' as const),
        count: fc.integer({ min: 1, max: 500 }),
        unit: fc.constantFrom(...FREQUENCY_UNITS),
        interval: fc.integer({ min: 1, max: 120 }),
        atLeast: fc.boolean(),
        text: fc.string(),
      }),
      fc.record({
        kind: fc.constant('total' as const),
        count: fc.integer({ min: 1, max: 500 }),
        unit: fc.constant(null),
        interval: fc.constant(1),
        atLeast: fc.boolean(),
        text: fc.string(),
      }),
      fc.record({ kind: fc.constantFrom('on-demand' as const, 'continuous' as const, 'occasion' as const, 'unspecified' as const), text: fc.string() }),
    );
    fc.assert(
      fc.property(frequency, fc.constantFrom('sv' as const, 'en' as const), (f, lang) => {
        const label = describeFrequency(f, lang);
        expect(label.length).toBeGreaterThan(0);
        expect(label).not.toMatch(/undefined|NaN|null/);
      }),
    );
  });
});
