import { z } from 'zod';
import { DATA_SOURCES } from '#importers/data/records.js';

const flag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

export const dataImportQuery = z.strictObject({
  source: z.enum(DATA_SOURCES).describe('polisen (händelser, JSON), kolada (JSON), bra (CSV/XLSX), survey (CSV/XLSX), population (SCB, CSV/XLSX)'),
  fileName: z.string().trim().min(1).max(300).default('fil').describe('Filens namn, för ändringsloggen'),
  skipInvalid: flag.describe('true: importera giltiga rader och hoppa över felaktiga; annars importeras inget om någon rad är fel'),
  dryRun: flag.describe('true: kontrollera och räkna utan att spara (förhandsgranskning)'),
});

export const rowIssueSchema = z.object({
  line: z.number().int().describe('Rad i filen (rubrikraden är rad 1), eller position i en JSON-lista'),
  column: z.string().optional(),
  message: z.string(),
});

export const dataImportResultSchema = z
  .object({
    imported: z.number().int().describe('Nya eller ändrade rader'),
    unchanged: z.number().int().describe('Giltiga rader som redan fanns med samma värde'),
    skipped: z.number().int().describe('Felaktiga rader som hoppades över'),
    valid: z.number().int().describe('Giltiga rader i filen'),
    errors: z.array(rowIssueSchema).describe('De första 200 felen'),
    errorCount: z.number().int(),
    committed: z.boolean().describe('Om databasen ändrades'),
    nextPage: z.string().nullable().describe('Kolada: filen är en sida av flera, nästa sidas adress'),
  })
  .meta({ id: 'DataImportResult' });

export const seriesListSchema = z.array(
  z.object({
    source: z.enum(['kolada', 'bra', 'survey', 'population']),
    series: z.string(),
    areas: z.number().int(),
    values: z.number().int(),
    firstPeriod: z.string(),
    lastPeriod: z.string(),
  }),
);

export const statisticsQuery = z.strictObject({
  source: z.enum(['kolada', 'bra', 'survey', 'population']),
  series: z.string().min(1).max(500),
  areaCode: z.string().regex(/^\d{4}$/, 'Ange en kommunkod med fyra siffror.').optional(),
});

export const statisticValueSchema = z.object({
  areaCode: z.string(),
  area: z.string(),
  period: z.string(),
  dimension: z.string(),
  value: z.number().nullable(),
  status: z.string().nullable(),
  /** Per 100 000 invånare, where the area's population for that year is imported. */
  per100k: z.number().nullable(),
});

export const policeEventsQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  type: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const policeEventSchema = z.object({
  id: z.uuid(),
  externalId: z.string(),
  occurredAt: z.string(),
  type: z.string(),
  name: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  locationName: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  areaCode: z.string().nullable(),
});
