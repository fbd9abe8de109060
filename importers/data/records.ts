/** The kinds of data a lägesbild is built from that Samverkan imports. */
export const DATA_SOURCES = ['polisen', 'kolada', 'bra', 'survey', 'population'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** A value in a series: a Kolada KPI, a Brå crime category, a survey question, the population. */
export interface StatisticRecord {
  kind: 'statistic';
  source: Exclude<DataSource, 'polisen'>;
  /** Kolada KPI id ("N07403"), Brå category path ("Samtliga brott › Brott mot brottsbalken"), the survey question, "Folkmängd". */
  series: string;
  /** SCB municipality code, "0000" for the whole country, "" where the area is not a municipality (a survey area). */
  areaCode: string;
  /** The area as written in the file (the municipality's official name when matched). */
  area: string;
  /** "2023", "2023K1" or "2023-03". */
  period: string;
  /** Kolada gender split: "T" (total), "K", "M"; "" elsewhere. */
  dimension: string;
  value: number | null;
  /** Kolada's status ("Missing") or another marker the file gives; null when none. */
  status: string | null;
}

/** One event from the Polisen events API (never about a named person; the API publishes summaries). */
export interface PoliceEventRecord {
  kind: 'police-event';
  externalId: string;
  /** ISO 8601 in UTC. */
  occurredAt: string;
  type: string;
  name: string;
  summary: string;
  url: string | null;
  locationName: string;
  latitude: number | null;
  longitude: number | null;
  /** The municipality the location names, null for a county or an unknown place. */
  areaCode: string | null;
}

export type DataRecord = StatisticRecord | PoliceEventRecord;

export interface RowIssue {
  /** The line (CSV, XLSX row) or the position in a JSON list (1-based) the problem is on. */
  line: number;
  column?: string;
  message: string;
}

export interface ParsedRow {
  line: number;
  record: DataRecord | null;
  /** Empty when the row is valid. */
  issues: RowIssue[];
}

/** The natural key that makes a re-import of the same row change nothing. */
export function recordKey(r: DataRecord): string {
  return r.kind === 'police-event' ? `event|${r.externalId}` : [r.source, r.series, r.areaCode || r.area, r.period, r.dimension].join('|');
}
