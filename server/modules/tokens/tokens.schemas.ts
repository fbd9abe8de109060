import { z } from 'zod';

export const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** read: like a viewer; write: like a coordinator. Never admin. */
    scope: z.enum(['read', 'write']),
    /** The first characters of the secret, to recognise it. */
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(2, 'Ange ett namn med minst 2 tecken.').max(100),
  scope: z.enum(['read', 'write']),
});

export const createdTokenSchema = z.object({
  token: tokenSchema,
  /** The secret: shown this once only. Send it as "Authorization: Bearer <secret>". */
  secret: z.string(),
});

export const tokenParams = z.strictObject({ collaborationId: z.uuid(), tokenId: z.uuid() });
