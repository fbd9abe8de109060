// The Swedish frequency parser: from plan text such as "Minst 10 kontroller per månad"
// or "Var tredje vecka besöka fritidsgården" to the Frequency contract
// (shared/contracts/frequency.schema.json). Pure: no I/O, no clock, no randomness.
//
// Output per kind (the shapes follow the worked example in shared/examples exactly):
//   periodic    {kind, count ≥ 1, unit, interval ≥ 1, atLeast, text}
//   total       {kind, count ≥ 1, unit: null, interval: 1, atLeast, text}
//   on-demand   {kind, text}
//   continuous  {kind, text}
//   occasion    {kind, text}
//   unspecified {kind, text}
// `text` is the verbatim part of the input the frequency was read from ("2 ggr/år" out of
// "Lägga ut info på hemsidor och Norsjöbladet 2 ggr/år."); for unspecified it is the whole input.
//
// When a text holds several timings the first quantitative one wins (periodic or total,
// whichever comes first); without one, an occasion wins over continuous, and continuous over
// on-demand, except that on-demand directly after a continuous word ("fortlöpande vid behov")
// is on-demand with both in the span. "ca"/"cirka" keep the count with atLeast false; "högst"
// also keeps the count with atLeast false (the contract has no upper-bound flag).

import { z } from 'zod';
import { findContinuous } from './continuous.js';
import { findOccasion } from './occasions.js';
import { findOnDemand } from './onDemand.js';
import { findQuantity } from './quantity.js';
import { prepareText, type Token, type TokenSpan } from './tokens.js';
import { FREQUENCY_UNITS } from './units.js';

export { FREQUENCY_UNITS, type FrequencyUnit } from './units.js';

export const FREQUENCY_KINDS = ['periodic', 'total', 'on-demand', 'continuous', 'occasion', 'unspecified'] as const;
export type FrequencyKind = (typeof FREQUENCY_KINDS)[number];

export const frequencyUnitSchema = z.enum(FREQUENCY_UNITS);

const count = z.int().min(1);
const text = z.string();

export const periodicFrequencySchema = z.object({
  kind: z.literal('periodic'),
  count,
  unit: frequencyUnitSchema,
  interval: z.int().min(1),
  atLeast: z.boolean(),
  text,
});

export const totalFrequencySchema = z.object({
  kind: z.literal('total'),
  count,
  unit: z.null(),
  interval: z.int().min(1),
  atLeast: z.boolean(),
  text,
});

export const onDemandFrequencySchema = z.object({ kind: z.literal('on-demand'), text });
export const continuousFrequencySchema = z.object({ kind: z.literal('continuous'), text });
export const occasionFrequencySchema = z.object({ kind: z.literal('occasion'), text });
export const unspecifiedFrequencySchema = z.object({ kind: z.literal('unspecified'), text });

export const frequencySchema = z.discriminatedUnion('kind', [
  periodicFrequencySchema,
  totalFrequencySchema,
  onDemandFrequencySchema,
  continuousFrequencySchema,
  occasionFrequencySchema,
  unspecifiedFrequencySchema,
]);

export type Frequency = z.infer<typeof frequencySchema>;

/** Tokens between two spans are only "," or "och": "fortlöpande vid behov", "löpande, vid behov". */
function directlyFollows(tokens: readonly Token[], first: TokenSpan, second: TokenSpan): boolean {
  if (second.start < first.end) return false;
  for (let k = first.end; k < second.start; k++) {
    const between = tokens[k]?.text;
    if (between !== ',' && between !== 'och') return false;
  }
  return second.start - first.end <= 1;
}

export function parseFrequency(input: string): Frequency {
  const original = typeof input === 'string' ? input : '';
  const prepared = prepareText(original);
  const { tokens } = prepared;
  const span = (s: TokenSpan): string => prepared.slice(s.start, s.end);

  const quantity = findQuantity(tokens);
  if (quantity !== undefined) {
    const base = { count: quantity.count, interval: quantity.interval, atLeast: quantity.atLeast, text: span(quantity) };
    return quantity.kind === 'periodic' && quantity.unit !== null
      ? { kind: 'periodic', count: base.count, unit: quantity.unit, interval: base.interval, atLeast: base.atLeast, text: base.text }
      : { kind: 'total', count: base.count, unit: null, interval: 1, atLeast: base.atLeast, text: base.text };
  }

  const occasion = findOccasion(tokens);
  if (occasion !== undefined) return { kind: 'occasion', text: span(occasion) };

  const continuous = findContinuous(tokens);
  const onDemand = findOnDemand(tokens);
  if (continuous !== undefined && onDemand !== undefined && directlyFollows(tokens, continuous, onDemand)) {
    return { kind: 'on-demand', text: span({ start: continuous.start, end: onDemand.end }) };
  }
  if (continuous !== undefined) return { kind: 'continuous', text: span(continuous) };
  if (onDemand !== undefined) return { kind: 'on-demand', text: span(onDemand) };

  return { kind: 'unspecified', text: original };
}
