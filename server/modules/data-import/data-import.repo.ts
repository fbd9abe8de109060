import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { queryRows } from '#server/db/query.js';
import { policeEvents } from '#server/db/schema.js';

type StatisticSource = 'kolada' | 'bra' | 'survey' | 'population';

export async function listSeries(db: Db, collaborationId: string) {
  const rows = await queryRows<{ source: StatisticSource; series: string; areas: number | string; values: number | string; first_period: string; last_period: string }>(
    db,
    sql`select source, series, count(distinct (area_code, area)) as areas, count(*) as values,
               min(period) as first_period, max(period) as last_period
          from statistic_values where collaboration_id = ${collaborationId}
         group by source, series order by source, series`,
  );
  return rows.map((r) => ({
    source: r.source,
    series: r.series,
    areas: Number(r.areas),
    values: Number(r.values),
    firstPeriod: r.first_period,
    lastPeriod: r.last_period,
  }));
}

/**
 * A series' values, oldest period first. Brå counts get a rate per 100 000 inhabitants where the area's
 * population for that year has been imported (source population, the year of the period).
 */
export async function listStatisticValues(db: Db, collaborationId: string, filter: { source: StatisticSource; series: string; areaCode?: string | undefined }) {
  const rows = await queryRows<{ area_code: string; area: string; period: string; dimension: string; value: number | null; status: string | null; population: number | null }>(
    db,
    sql`select v.area_code, v.area, v.period, v.dimension, v.value, v.status, p.value as population
          from statistic_values v
          left join statistic_values p
            on v.source = 'bra' and p.collaboration_id = v.collaboration_id and p.source = 'population'
           and p.area_code = v.area_code and p.area_code <> '' and p.period = left(v.period, 4)
         where v.collaboration_id = ${collaborationId} and v.source = ${filter.source} and v.series = ${filter.series}
           ${filter.areaCode ? sql`and v.area_code = ${filter.areaCode}` : sql``}
         order by v.period, v.area_code, v.area, v.dimension`,
  );
  return rows.map((r) => ({
    areaCode: r.area_code,
    area: r.area,
    period: r.period,
    dimension: r.dimension,
    value: r.value === null ? null : Number(r.value),
    status: r.status,
    per100k: r.value !== null && r.population ? Math.round((Number(r.value) / Number(r.population)) * 100_000 * 10) / 10 : null,
  }));
}

const stockholmOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/**
 * Midnight in Sweden at the start of the day (plus `addDays`): +02:00 in summer time, +01:00 otherwise.
 * Sweden changes clocks at 01:00 UTC, so the offset two hours before UTC midnight is the one at local midnight.
 */
export function startOfSwedishDay(day: string, addDays = 0): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date + addDays);
  const name = stockholmOffset.formatToParts(new Date(utcMidnight - 2 * 3_600_000)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offsetMs = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 3_600_000;
  return new Date(utcMidnight - offsetMs);
}

export async function listPoliceEvents(db: Db, collaborationId: string, filter: { from?: string | undefined; to?: string | undefined; type?: string | undefined; limit: number }) {
  const conditions = [eq(policeEvents.collaborationId, collaborationId)];
  if (filter.from) conditions.push(gte(policeEvents.occurredAt, startOfSwedishDay(filter.from)));
  if (filter.to) conditions.push(lt(policeEvents.occurredAt, startOfSwedishDay(filter.to, 1)));
  if (filter.type) conditions.push(eq(policeEvents.type, filter.type));
  const rows = await db
    .select()
    .from(policeEvents)
    .where(and(...conditions))
    .orderBy(desc(policeEvents.occurredAt), asc(policeEvents.externalId))
    .limit(filter.limit);
  return rows.map((r) => ({
    id: r.id,
    externalId: r.externalId,
    occurredAt: r.occurredAt.toISOString(),
    type: r.type,
    name: r.name,
    summary: r.summary,
    url: r.url,
    locationName: r.locationName,
    latitude: r.latitude,
    longitude: r.longitude,
    areaCode: r.areaCode,
  }));
}
