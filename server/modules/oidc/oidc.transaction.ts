import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The state of one sign-in between "go to the provider" and "back from the provider", kept in the browser.
 *
 * It is encrypted and authenticated (AES-256-GCM), not merely signed: the PKCE code verifier and the nonce
 * are secrets of this browser's sign-in, and tampering (a chosen state or verifier) must be detected.
 * The key is derived from OIDC_CLIENT_SECRET with HKDF-SHA256, so every instance of the app behind a load
 * balancer shares it without extra configuration, and a restart does not break a sign-in in progress.
 * Rotating the client secret only invalidates sign-ins that are in progress (at most ten minutes old).
 */
export const TRANSACTION_COOKIE = 'samverkan_oidc';
/** Only the callback needs the cookie. */
export const TRANSACTION_COOKIE_PATH = '/api/auth/oidc';
export const TRANSACTION_TTL_SECONDS = 10 * 60;

const transactionSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().nullable(),
  /** Milliseconds since the epoch; enforced here, not only by the cookie's Max-Age. */
  expiresAt: z.number().int(),
});

export type OidcTransaction = z.infer<typeof transactionSchema>;

const VERSION = 'v1';
const AAD = Buffer.from(`samverkan:${TRANSACTION_COOKIE}:${VERSION}`);

export function transactionKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'samverkan-oidc', `transaction-cookie-${VERSION}`, 32));
}

export function sealTransaction(key: Buffer, transaction: OidcTransaction): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The transaction, or null when the cookie is missing, forged, tampered with, malformed or expired. */
export function openTransaction(key: Buffer, sealed: string | undefined, now = Date.now()): OidcTransaction | null {
  if (!sealed?.startsWith(`${VERSION}.`)) return null;
  const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const parsed = transactionSchema.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.expiresAt <= now) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * Where the browser may be sent after signing in: a path on this site only.
 * "//evil.example" and "/\evil.example" are protocol-relative in browsers, so a single leading "/" is required
 * and backslashes and control characters are refused outright.
 */
export function isSafeReturnTo(value: string): boolean {
  if (value.length > 2000 || !value.startsWith('/')) return false;
  if (value.startsWith('//')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    // Resolving against a dummy origin must not leave it (defence in depth against parser quirks).
    return new URL(value, 'http://samverkan.invalid').origin === 'http://samverkan.invalid';
  } catch {
    return false;
  }
}
