import { z } from 'zod';
import { passwordSchema, userSchema } from '#server/modules/users/users.schemas.js';

export const signInBody = z.strictObject({
  /** E-mail address of a local account. */
  email: z.string().trim().min(1, 'Ange e-postadress.').max(254),
  /** The account's password. */
  password: z.string().min(1, 'Ange lösenord.').max(200),
});

export const sessionSchema = z
  .object({
    user: userSchema,
    /** Send this in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie. */
    csrfToken: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Session' });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().max(200).optional(),
  newPassword: passwordSchema,
});

export const authConfigSchema = z.object({
  /** Local e-mail and password sign-in is available. */
  local: z.boolean(),
  /** OIDC sign-in, when configured. */
  oidc: z.object({ label: z.string(), url: z.string() }).nullable(),
});
