import { z } from 'zod';

export const calendarFeedSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** true: a member's personal feed (their organisation's activities and all deadlines); false: the collaboration's feed. */
    personal: z.boolean(),
    /** The member a personal feed belongs to; null for the collaboration's feed. */
    owner: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CalendarFeed' });

export const createCalendarFeedBody = z.strictObject({
  name: z.string().trim().min(2, 'Ange ett namn med minst 2 tecken.').max(100),
  /** true: a personal feed for the signed-in member; false: the collaboration's feed (admins only). */
  personal: z.boolean(),
});
export type CreateCalendarFeedInput = z.infer<typeof createCalendarFeedBody>;

export const createdCalendarFeedSchema = z.object({
  feed: calendarFeedSchema,
  /** The subscription address with its secret: shown this once only. Anyone who has it can read the feed. */
  url: z.url(),
});

export const calendarFeedParams = z.strictObject({ collaborationId: z.uuid(), feedId: z.uuid() });

/** The secret of the feed, from the address /api/calendar/<secret>.ics. Anything unknown is a 404. */
export const calendarTokenParams = z.strictObject({ token: z.string() });
