import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('has working defaults: port 3000, PGlite in ./data', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every bad value in one readable Swedish message', () => {
    expect(() => parseEnv({ PORT: 'tusen', DATABASE_URL: 'inte en url', LOG_LEVEL: 'pratig' })).toThrow(EnvError);
    try {
      parseEnv({ PORT: 'tusen', DATABASE_URL: 'inte en url', LOG_LEVEL: 'pratig' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/^Ogiltig konfiguration/);
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(`- ${name}:`);
    }
  });

  it('wants all three OIDC settings or none', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://login.example.se' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET/);
    expect(parseEnv({ OIDC_ISSUER: 'https://login.example.se', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' }).OIDC_CLIENT_ID).toBe('a');
  });
});
