// Municipalities (matched against the official 290, also in the genitive: "Norsjö kommuns",
// "Sandvikens Kommun") and police areas ("Lpo Skellefteå", "lokalpolisområde Luleå-Boden").

import { readMunicipalities } from '#server/db/reference-data.js';
import type { Span } from '../blocks.js';

export interface Found {
  value: string;
  span: Span;
}

const L = '\\p{L}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let municipalityPattern: { regex: RegExp; byLower: Map<string, string> } | undefined;

function pattern() {
  if (municipalityPattern) return municipalityPattern;
  const names = readMunicipalities()
    .map((m) => m.name)
    .sort((a, b) => b.length - a.length);
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  // Name, optional genitive s, then kommun/kommuns/stad; or a list after "kommunerna".
  const alternatives = names.map(escape).join('|');
  const regex = new RegExp(`(?<![${L}-])(${alternatives})s?\\s+(?:kommuns?|stads?)(?![${L}])`, 'giu');
  municipalityPattern = { regex, byLower };
  return municipalityPattern;
}

/** The official name of a municipality from any casing or genitive form, or undefined. */
export function municipalityName(text: string): string | undefined {
  const { byLower } = pattern();
  const t = text.trim().toLowerCase();
  return byLower.get(t) ?? (t.endsWith('s') ? byLower.get(t.slice(0, -1)) : undefined);
}

/** "kommunerna Dorotea, Lycksele och Åsele": bare names after the plural. */
const LIST = new RegExp(`kommunerna\\s+((?:\\p{Lu}[${L}-]+(?:\\s\\p{Lu}[${L}-]+)?(?:,\\s*|\\s+och\\s+)?)+)`, 'gu');

export function findMunicipalities(text: string): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (raw: string, start: number) => {
    const name = municipalityName(raw);
    if (!name || seen.has(name)) return;
    seen.add(name);
    found.push({ value: name, span: { start, end: start + raw.length } });
  };
  for (const m of text.matchAll(pattern().regex)) add(m[1]!, m.index);
  for (const m of text.matchAll(LIST)) {
    let offset = m.index + m[0].indexOf(m[1]!);
    for (const part of m[1]!.split(/(,\s*|\s+och\s+)/)) {
      if (!/^(,\s*|\s+och\s+)$/.test(part)) add(part.trim(), offset);
      offset += part.length;
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

const DIRECTION = '(?:[Ss]ödra|[Nn]orra|[Öö]stra|[Vv]ästra|[Mm]ellersta|[Cc]entrala|[Ii]nre|[Yy]ttre)\\s+';
const AREA_NAME = `\\p{Lu}[${L}]+(?:-\\p{Lu}[${L}]+)*`;
const POLICE_AREA = new RegExp(`(?:[Ll]okalpolisområde(?:t|ts)?|LOKALPOLISOMRÅDE|LPO|Lpo|lpo)\\s+\\(?((?:${DIRECTION})?${AREA_NAME})`, 'gu');

export function findPoliceAreas(text: string): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(POLICE_AREA)) {
    let raw = m[1]!;
    // "lokalpolisområde Upplands Väsby": a second word when the two make a municipality's name.
    const more = /^\s(\p{Lu}[\p{L}-]+)/u.exec(text.slice(m.index + m[0].length));
    if (more && municipalityName(`${raw} ${more[1]}`)) raw = `${raw} ${more[1]}`;
    const value = raw.charAt(0).toUpperCase() + raw.slice(1);
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    const start = m.index + m[0].lastIndexOf(raw);
    found.push({ value, span: { start, end: start + raw.length } });
  }
  return found;
}
