import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, samverkan } from '#tests/cli.js';

// Each command starts Node, tsx and an embedded database: seconds each, more on a busy machine.
describe('bin/samverkan', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverkan-cli-'));

  it('seed demo --json prints the collaborations and the demo sign-ins, and is idempotent', async () => {
    const first = await samverkan(['seed', 'demo', '--json'], dataDir);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { collaborations: { id: string; name: string }[]; users: { email: string; password: string; role: string }[] };
    expect(result.collaborations.map((c) => c.name)).toEqual([
      'Norsjö kommun – LPO Skellefteå',
      'Södra Lappland – sex kommuner och LPO Södra Lappland',
    ]);
    expect(result.users.map((u) => u.role)).toEqual(['system-admin', 'admin', 'coordinator', 'contributor', 'viewer']);
    const second = JSON.parse((await samverkan(['seed', 'demo', '--json'], dataDir)).stdout) as typeof result;
    expect(second.collaborations).toEqual(result.collaborations);
  });

  it('user create, then a duplicate is refused in Swedish', async () => {
    const ok = await samverkan(['user', 'create', '--email', 'Ny@Kommun.se', '--password', 'ett-långt-lösenord', '--system-admin'], dataDir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ email: 'ny@kommun.se', isSystemAdmin: true });
    const dup = await samverkan(['user', 'create', '--email', 'ny@kommun.se', '--password', 'ett-långt-lösenord'], dataDir);
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim()).toBe('Det finns redan ett konto med den e-postadressen.');
    const weak = await samverkan(['user', 'create', '--email', 'a@b.se', '--password', 'kort'], dataDir);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('minst 10 tecken');
  });

  it('backup and restore round-trip through files', async () => {
    const file = path.join(dataDir, 'backup.jsonl');
    const backup = await samverkan(['backup', file], dataDir);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Säkerhetskopia skriven till .*\(\d+ rader\)/);
    const otherDir = mkdtempSync(path.join(tmpdir(), 'samverkan-cli-restore-'));
    const restore = await samverkan(['restore', file], otherDir);
    expect(restore.code).toBe(0);
    const seeded = JSON.parse((await samverkan(['seed', 'demo', '--json'], otherDir)).stdout) as { collaborations: { id: string }[] };
    const original = JSON.parse((await samverkan(['seed', 'demo', '--json'], dataDir)).stdout) as { collaborations: { id: string }[] };
    expect(seeded.collaborations).toEqual(original.collaborations);
    const missing = await samverkan(['restore', path.join(dataDir, 'finns-inte.jsonl')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Filen finns inte/);
  });

  it('serve answers /api/health and shuts down cleanly on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /körs på (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${out}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; database: string };
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('an unknown command prints usage and exits 2', async () => {
    const res = await samverkan(['flyga'], dataDir);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Okänt kommando "flyga"');
  });
});
