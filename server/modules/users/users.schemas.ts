import { z } from 'zod';

export const emailSchema = z.string().trim().toLowerCase().email('Ange en giltig e-postadress.').max(254);
export const passwordSchema = z
  .string()
  .min(10, 'Lösenordet måste ha minst 10 tecken.')
  .max(200, 'Lösenordet får ha högst 200 tecken.');

export const userSchema = z
  .object({
    /** Unique id. */
    id: z.uuid(),
    /** E-mail address, used to sign in. */
    email: z.string(),
    /** Name shown to other members. */
    displayName: z.string(),
    /** May administer the whole installation. */
    isSystemAdmin: z.boolean(),
    /** Has a local password (otherwise signs in through OIDC only). */
    hasPassword: z.boolean(),
    /** Preferred interface language. */
    locale: z.enum(['sv', 'en']),
  })
  .meta({ id: 'User' });

export type UserDto = z.infer<typeof userSchema>;

export const createUserBody = z.strictObject({
  email: emailSchema,
  displayName: z.string().trim().min(1, 'Ange ett namn.').max(200),
  password: passwordSchema.optional(),
  isSystemAdmin: z.boolean().default(false),
});

export const listUsersQuery = z.strictObject({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
