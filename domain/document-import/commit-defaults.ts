// What an imported document's words point at in the collaboration: which party "Polisen" or
// "Norsjö kommuns" is, which promise a plan row delivers, and the agreement validity the dates
// describe. Pure; the review screen proposes these and the server falls back to them when the
// person did not choose.

import type { Validity } from '../agreements/validity.js';
import type { Extraction } from '../extraction/extraction.js';

export interface PartyRef {
  id: string;
  kind: 'kommun' | 'lokalpolisomrade' | 'other';
  /** A kommun is its bare name ("Norsjö"); a police area too ("Skellefteå"). */
  name: string;
}

const norm = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const POLICE = /\b(polis|polisen|lpo|lokalpolisområde|lokalpolisomrade|polismyndigheten|kommunpolis)/;
const MUNICIPALITY = /kommun/;

/** Whether `name` occurs in `text` as a word of its own (also in the genitive: "Norsjö kommuns", "Skellefteås"). */
function mentions(text: string, name: string): boolean {
  const n = norm(name);
  if (!n) return false;
  let at = text.indexOf(n);
  while (at >= 0) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + n.length] ?? ' ';
    if (!/\p{L}/u.test(before) && (!/\p{L}/u.test(after) || after === 's')) return true;
    at = text.indexOf(n, at + 1);
  }
  return false;
}

/**
 * The collaboration's party a party name in a document refers to, or null when it cannot be told:
 * a named kommun or police area, else "Polisen"/"Kommunen" when the collaboration has just one of that kind.
 */
export function matchParty(text: string | null | undefined, parties: readonly PartyRef[]): string | null {
  if (!text) return null;
  const t = norm(text);
  const named = parties.filter((p) => mentions(t, p.name));
  const police = parties.filter((p) => p.kind === 'lokalpolisomrade');
  const kommuner = parties.filter((p) => p.kind === 'kommun');
  if (POLICE.test(t)) {
    const namedPolice = named.filter((p) => p.kind === 'lokalpolisomrade');
    if (namedPolice.length === 1) return namedPolice[0]!.id;
    return police.length === 1 ? police[0]!.id : null;
  }
  if (named.length === 1) return named[0]!.id;
  if (named.length > 1) return named.find((p) => p.kind === 'kommun' && MUNICIPALITY.test(t))?.id ?? null;
  if (MUNICIPALITY.test(t) && kommuner.length === 1) return kommuner[0]!.id;
  return null;
}

/** The parties the document names: its municipalities and police areas, and whoever signs or commits. */
export function partiesNamed(extraction: Extraction, parties: readonly PartyRef[]): string[] {
  const names = [
    ...extraction.municipalities.map((m) => `${m} kommun`),
    ...extraction.policeAreas.map((p) => `lokalpolisområde ${p}`),
    ...extraction.signatories.map((s) => s.organisation ?? ''),
    ...(extraction.commitments ?? []).map((c) => c.party),
  ];
  const ids = names.map((n) => matchParty(n, parties)).filter((id): id is string => id !== null);
  return parties.filter((p) => ids.includes(p.id)).map((p) => p.id);
}

const STOP = new Set(['insatser', 'åtgärder', 'arbete', 'andra', 'under', 'genom', 'eller', 'kring', 'såsom', 'syfte', 'särskilt']);

function stems(text: string): Set<string> {
  const words = norm(text).split(/[^\p{L}]+/u);
  return new Set(words.filter((w) => w.length >= 5 && !STOP.has(w)).map((w) => w.slice(0, 6)));
}

/**
 * The promise (index into `promises`) a plan row most likely delivers, judged by the words its focus
 * area shares with the promise ("Tillgreppsbrott" → "Insatser mot tillgreppsbrott …"); null when none share a word.
 */
export function suggestPromise(focusArea: string | null | undefined, promises: readonly string[]): number | null {
  if (!focusArea) return null;
  const row = stems(focusArea);
  let best: number | null = null;
  let bestScore = 0;
  promises.forEach((promise, i) => {
    const own = stems(promise);
    const score = [...row].filter((s) => own.has(s)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The agreement validity the extracted dates describe; null when they are not enough for one. */
export function validityOf(e: Pick<Extraction, 'validFrom' | 'validTo' | 'openEnded' | 'renewal'>): Validity | null {
  if (!e.validFrom) return null;
  if (e.validTo && e.renewal && /kalenderår/i.test(e.renewal)) return { kind: 'renewing', from: e.validFrom, firstEnd: e.validTo, renewal: 'calendar-year' };
  if (e.validTo) return { kind: 'fixed', from: e.validFrom, to: e.validTo };
  if (e.openEnded) return { kind: 'open-ended', from: e.validFrom };
  return null;
}
