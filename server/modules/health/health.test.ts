import { describe, expect, it } from 'vitest';
import { useTestApp } from '#tests/setup/app.js';

describe('GET /api/health', () => {
  const ctx = useTestApp();

  it('answers with the database kind in use and the version, with a request id', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'abc-123' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', version: 'test' });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('unknown API paths get the error shape in Swedish', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/finns-inte' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('Det finns ingen') } });
  });
});
