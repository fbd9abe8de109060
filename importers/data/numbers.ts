/**
 * Numbers as Swedish statistics files write them: decimal comma or point, thousands separated by a space,
 * a no-break space or (in whole numbers only) a point; "..", "–", "-" and empty cells mean "no value".
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

const MISSING = new Set(['', '..', '.', '-', '–', '—', 'x', 'X', 'NA', 'n/a', 'saknas']);

export function parseSwedishNumber(raw: string | number | null | undefined): ParsedNumber {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: 'är inte ett tal' };
  const trimmed = raw.trim();
  if (MISSING.has(trimmed)) return { ok: true, value: null };
  let s = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(s)) return { ok: false, message: `"${trimmed}" är inte ett tal` };
  return { ok: true, value: Number(s) };
}

/** A count: a whole number of zero or more. */
export function parseCount(raw: string | number | null | undefined): ParsedNumber {
  const n = parseSwedishNumber(raw);
  if (!n.ok || n.value === null) return n;
  if (!Number.isInteger(n.value) || n.value < 0) return { ok: false, message: `"${String(raw).trim()}" är inte ett antal (ett heltal, noll eller mer)` };
  return n;
}
