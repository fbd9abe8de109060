import { readMunicipalities } from '#server/db/reference-data.js';

/** The whole country, as Kolada writes it ("0000") and as Brå and SCB name it. */
export const COUNTRY_CODE = '0000';

export interface AreaMatch {
  code: string;
  name: string;
}

let byKey: Map<string, AreaMatch> | undefined;

function key(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function index(): Map<string, AreaMatch> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const m of readMunicipalities()) {
    const match = { code: m.code, name: m.name };
    byKey.set(m.code, match);
    byKey.set(key(m.name), match);
    byKey.set(key(`${m.name} kommun`), match);
    byKey.set(key(`${m.code} ${m.name}`), match);
  }
  const country = { code: COUNTRY_CODE, name: 'Riket' };
  for (const k of [COUNTRY_CODE, 'riket', 'hela riket', 'sverige', 'hela landet', '00 riket', '0000 riket']) byKey.set(k, country);
  return byKey;
}

/**
 * A municipality (or the whole country) from what a statistics file writes: "2417", "Norsjö",
 * "Norsjö kommun", "2417 Norsjö", "Riket". Undefined when it is none of the 290.
 */
export function matchArea(raw: string | number | null | undefined): AreaMatch | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = typeof raw === 'number' ? String(raw).padStart(4, '0') : raw;
  const k = key(text.replace(/^(\d{4})\s*[-–:]\s*/, '$1 '));
  return index().get(k) ?? index().get(k.replace(/s kommun$/, ' kommun'));
}

export function unknownAreaMessage(raw: unknown): string {
  return `"${String(raw ?? '').trim()}" är ingen av Sveriges 290 kommuner (ange kommunkod med fyra siffror, t.ex. 2417, eller kommunens namn)`;
}
