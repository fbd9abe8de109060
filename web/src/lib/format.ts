// Times are always shown in Swedish format and Swedish time, whatever the interface language or the device's zone.
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
});

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A JSON value as short readable text for the audit diff. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value === '' ? '–' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value, null, 2);
}

const swedishDay = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });

/** Today in Sweden as YYYY-MM-DD, whatever the device's zone: the default day of a report. */
export function todayInSweden(now = new Date()): string {
  return swedishDay.format(now);
}

/** "2025-01-01 – 2025-12-31": dates stay in the Swedish (ISO) format in both languages. */
export function formatPeriod(start: string, end: string): string {
  return start === end ? start : `${start} – ${end}`;
}

/** "mars 2025" / "March 2025" from "2025-03". */
export function formatMonth(month: string, locale: 'sv' | 'en'): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/** "120 kB", "2,4 MB" (Swedish decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}
