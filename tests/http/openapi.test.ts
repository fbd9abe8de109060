import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';

describe('OpenAPI document', () => {
  const ctx = useTestApp();

  it('is served at /api/openapi.json and is valid OpenAPI 3.1', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    const routes = ctx.app.routeTable
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing a route)', async () => {
    const served = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { info: { version: string } };
    const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as { info: { version: string } };
    // The version comes from package.json in both; the test app is built with a fixed one.
    served.info.version = committed.info.version;
    expect(served).toEqual(committed);
  });
});
