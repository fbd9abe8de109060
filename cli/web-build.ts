import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { webDistDir } from '#server/app.js';

const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app with Vite when the build is missing or older than its sources. */
export async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  const index = path.join(webDistDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(webSrc)) return;
  log('Bygger webbgränssnittet (vite build) …');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(webSrc, '..', 'vite.config.ts'), logLevel: 'warn', build: { outDir: webDistDir } });
}
