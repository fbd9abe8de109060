// On-demand timing: done when someone asks or something happens, not on a schedule.
// "vid behov", "vid förfrågan", "om önskemål finns", "på begäran", "vid händelser", "v.b.".

import { findFirstPattern, type TokenPattern, type Token, type TokenSpan } from './tokens.js';

const REQUEST_NOUNS: ReadonlySet<string> = new Set([
  'behov', 'förfrågan', 'förfrågningar', 'begäran', 'önskemål', 'efterfrågan', 'inbjudan', 'beställning', 'kallelse',
]);
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'händelse', 'händelser', 'incident', 'incidenter', 'larm', 'oro', 'signaler', 'indikationer', 'misstanke', 'tips',
]);
const VID_NOUNS: ReadonlySet<string> = new Set([...REQUEST_NOUNS, ...EVENT_NOUNS]);
const VID_ADJECTIVES: ReadonlySet<string> = new Set([
  'eventuellt', 'eventuella', 'akut', 'akuta', 'särskilt', 'särskilda', 'allvarlig', 'allvarliga', 'inträffad',
  'inträffade', 'uppkommet', 'uppkomna', 'konstaterat', 'konstaterade', 'identifierat', 'identifierade', 'ökat',
  'större', 'specifika', 'aktuellt',
]);
const WHEN = new Set(['när', 'om', 'då']);
const ARISES = new Set(['finns', 'uppstår', 'föreligger', 'uppkommer', 'uppstått']);

const PATTERNS: ReadonlyArray<readonly TokenPattern[]> = [
  ['vid', VID_ADJECTIVES, VID_NOUNS],
  ['vid', VID_NOUNS],
  [new Set(['efter', 'utifrån', 'enligt', 'på']), REQUEST_NOUNS],
  [WHEN, 'behov', ARISES],
  [WHEN, 'det', 'finns', 'behov'],
  [WHEN, 'önskemål', ARISES],
  [WHEN, 'det', new Set(['behövs', 'efterfrågas', 'önskas', 'krävs'])],
  [WHEN, 'något', new Set(['inträffar', 'händer'])],
  ['v', '.', 'b', '.'],
  ['v', '.', 'b'],
  ['vb'],
  [/^behovs(styrt|styrd|styrda|anpassat|anpassad|anpassade|baserat|baserad|baserade)$/u],
];

export function findOnDemand(tokens: readonly Token[]): TokenSpan | undefined {
  return findFirstPattern(tokens, PATTERNS);
}
