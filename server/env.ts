import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Public URL of the app, used for OIDC redirects and to decide whether cookies are Secure. */
  PUBLIC_URL: z.string().url().optional(),
  /** Trust X-Forwarded-* headers from a reverse proxy (needed for Secure cookies behind HTTPS). */
  TRUST_PROXY: z.stringbool().default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  /** Label of the sign-in button, e.g. "Logga in med Entra ID". */
  OIDC_LABEL: z.string().default('Logga in med organisationskonto'),
  /** Allow an OIDC issuer on plain http (only for local test providers). */
  OIDC_ALLOW_INSECURE: z.stringbool().default(false),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a bad value stops the process with a readable list. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Ogiltig konfiguration (miljövariabler):\n${lines.join('\n')}`);
  }
  const env = result.data;
  const oidcParts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcParts !== 0 && oidcParts !== 3) {
    throw new EnvError('Ogiltig konfiguration: OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET måste anges tillsammans.');
  }
  return env;
}

export class EnvError extends Error {}
