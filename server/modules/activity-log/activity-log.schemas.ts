import { z } from 'zod';
import { isoDate, restrictionSchema, shortText } from '#server/http/common-schemas.js';

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    restricted: restrictionSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Attachment' });

export const activityLogSchema = z
  .object({
    id: z.uuid(),
    activityId: z.uuid(),
    occurredOn: isoDate,
    /** How many were done, e.g. 3 kontroller. */
    count: z.number().int(),
    place: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    /** Participating organisations or roles, never citizens. */
    participants: z.array(z.string()),
    note: z.string(),
    restricted: restrictionSchema,
    reportedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    attachments: z.array(attachmentSchema),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ActivityLogEntry' });

const logFields = {
  occurredOn: isoDate,
  count: z.number().int().min(1, 'Antal måste vara minst 1.').max(10_000),
  place: shortText(300),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  participants: z.array(shortText(200).min(1)).max(30),
  note: z.string().max(5000),
  /** Visible only to members who act for the reporter's organisation. */
  restricted: z.boolean(),
};

const bothOrNeither = (b: { latitude?: number | null | undefined; longitude?: number | null | undefined }) =>
  (b.latitude == null) === (b.longitude == null);
const coordinatesMessage = { message: 'Ange både latitud och longitud, eller ingen av dem.', path: ['longitude'] };

export const createLogBody = z
  .strictObject({
    occurredOn: logFields.occurredOn,
    count: logFields.count.default(1),
    place: logFields.place.default(''),
    latitude: logFields.latitude.default(null),
    longitude: logFields.longitude.default(null),
    participants: logFields.participants.default([]),
    note: logFields.note.default(''),
    restricted: logFields.restricted.default(false),
  })
  .refine(bothOrNeither, coordinatesMessage);

export const updateLogBody = z.strictObject(z.object(logFields).partial().shape).refine(bothOrNeither, coordinatesMessage);

export const listLogQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export const logParams = z.strictObject({ collaborationId: z.uuid(), logId: z.uuid() });
export const attachmentParams = z.strictObject({ collaborationId: z.uuid(), logId: z.uuid(), attachmentId: z.uuid() });
export const uploadQuery = z.strictObject({
  filename: z.string().trim().min(1, 'Ange filnamn.').max(200).regex(/^[^/\\\0]+$/, 'Filnamnet får inte innehålla / eller \\.'),
  restricted: z.enum(['true', 'false']).default('false'),
});
