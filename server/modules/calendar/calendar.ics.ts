// Writes a feed as iCalendar (RFC 5545) with ical-generator, in the form Outlook and Google
// Calendar expect of a subscribed calendar: METHOD:PUBLISH, a name (X-WR-CALNAME), the time zone
// (X-WR-TIMEZONE and a VTIMEZONE for Europe/Stockholm), and per event a stable UID, DTSTAMP in UTC,
// SUMMARY, DESCRIPTION and URL. Every event is all-day: DTSTART;VALUE=DATE and DTEND the next day
// (DTEND is exclusive), transparent so it does not show the member as busy.

import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, parseCivil, type IsoDate } from '#domain/schedule/dates.js';
import type { FeedEvent } from './calendar.content.js';

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

/** Clients are asked to fetch again after this many seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 60 * 60;

/**
 * The VTIMEZONE of Europe/Stockholm: CET (+01:00) and, since 1980 and as the EU rule says,
 * CEST (+02:00) from the last Sunday of March 02:00 to the last Sunday of October 03:00.
 */
const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The VTIMEZONE generator handed to ical-generator; it only knows the one zone the feeds use. */
export function vtimezone(zone: string): string | null {
  return zone === CALENDAR_TIME_ZONE ? STOCKHOLM_VTIMEZONE : null;
}

/**
 * ical-generator writes the DATE of an all-day event with the zone set on the event from the
 * Date's local fields, so a calendar day is given as local midnight of that day: the written
 * date is then the intended one whatever the server's own time zone.
 */
function localMidnight(date: IsoDate): Date {
  const c = parseCivil(date);
  if (!c) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(c.year, c.month - 1, c.day);
}

export interface RenderInput {
  name: string;
  description: string;
  events: FeedEvent[];
  /** DTSTAMP of every event: when this copy of the feed was written. */
  now: Date;
}

export function renderCalendar(input: RenderInput): string {
  const calendar = ical({
    prodId: { company: 'Samverkan', product: 'Kalender', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: input.name,
    description: input.description,
    ttl: REFRESH_SECONDS,
    // No calendar-level zone name: ical-generator would then write DTSTAMP in local time without
    // "Z". The zone is named on each event instead, which makes the generator emit the VTIMEZONE,
    // and X-WR-TIMEZONE is written as its own property.
    timezone: { name: null, generator: vtimezone },
    x: [['X-WR-TIMEZONE', CALENDAR_TIME_ZONE]],
  });
  for (const e of input.events) {
    const event = calendar.createEvent({
      id: e.uid,
      allDay: true,
      timezone: CALENDAR_TIME_ZONE,
      start: localMidnight(e.date),
      end: localMidnight(addDays(e.date, 1)),
      stamp: input.now,
      summary: e.summary,
      description: e.description,
      url: e.url,
      categories: e.categories.map((name) => ({ name })),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    if (e.alarmDaysBefore !== null) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: e.alarmDaysBefore * 24 * 60 * 60, description: `Påminnelse: ${e.summary}` });
    }
  }
  return calendar.toString();
}
