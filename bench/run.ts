// `npm run bench`: prints performance figures for each area that has a benchmark.
import { benchDashboard } from './dashboard.bench.js';
import { benchDataImport } from './data-import.bench.js';
import { benchDocuments } from './documents.bench.js';
import { benchFrequency } from './frequency.bench.js';

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = {
  frequency: benchFrequency,
  dashboard: benchDashboard,
  documents: benchDocuments,
  'data-import': benchDataImport,
};

for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n== ${name}`);
  await run();
}
