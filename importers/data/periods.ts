/**
 * Periods as statistics files write them, normalised to one text form:
 * a year "2023", a quarter "2023K1", a month "2023-03".
 */
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export type ParsedPeriod = { ok: true; period: string; year: number } | { ok: false; message: string };

function year(y: string): number | undefined {
  const n = Number(y);
  return n >= 1950 && n <= 2100 ? n : undefined;
}

export function parsePeriod(raw: string | number | null | undefined): ParsedPeriod {
  const text = String(raw ?? '').trim();
  const fail = { ok: false as const, message: text ? `"${text}" är ingen period (skriv år, t.ex. 2023, kvartal 2023K1 eller månad 2023-03)` : 'perioden saknas' };
  const s = text.toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = year(m[1]!);
    return y ? { ok: true, period: String(y), year: y } : fail;
  }
  const quarter = /^(\d{4}) ?(?:k|q|kv|kvartal) ?([1-4])$/.exec(s) ?? /^(?:k|q|kv|kvartal) ?([1-4]) (\d{4})$/.exec(s);
  if (quarter) {
    const yearFirst = quarter[1]!.length === 4;
    const y = year(yearFirst ? quarter[1]! : quarter[2]!);
    return y ? { ok: true, period: `${y}K${yearFirst ? quarter[2] : quarter[1]}`, year: y } : fail;
  }
  m = /^(\d{4})(?:-|m| m)(\d{1,2})$/.exec(s);
  if (m) {
    const y = year(m[1]!);
    const mo = Number(m[2]);
    return y && mo >= 1 && mo <= 12 ? { ok: true, period: `${y}-${String(mo).padStart(2, '0')}`, year: y } : fail;
  }
  m = /^([a-zåäö]+) (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.findIndex((name) => name === m![1] || name.slice(0, 3) === m![1]);
    const y = year(m[2]!);
    return y && mo >= 0 ? { ok: true, period: `${y}-${String(mo + 1).padStart(2, '0')}`, year: y } : fail;
  }
  return fail;
}
