// Documents out: the demo's yearly follow-up report as DOCX and as PDF, built from the data and rendered
// (chart included), median and spread over several runs on an in-memory database with the demo seeded.
import { openDatabase, migrateDatabase } from '#server/db/client.js';
import { seedDemo } from '#server/db/seed/demo.js';
import { produceDocument } from '#server/modules/documents/documents.service.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';

const RUNS = 7;
const YEAR = 2025;

function median(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchDocuments(): Promise<void> {
  const database = await openDatabase({ memory: true });
  try {
    await migrateDatabase(database);
    const demo = await seedDemo(database.db);
    const collaborationId = demo.collaborations[0]!.id;
    const producer = { viewerOrganisationId: null, today: todayInSweden(), now: new Date() };
    for (const format of ['docx', 'pdf'] as const) {
      const make = () => produceDocument(database.db, collaborationId, { kind: 'followup-report', format, year: YEAR }, producer);
      const first = await make(); // warms up module loading (vega, pdfmake, fonts)
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await make();
        samples.push(performance.now() - t0);
      }
      const sorted = [...samples].sort((a, b) => a - b);
      console.log(
        `follow-up report ${YEAR} as ${format.toUpperCase()}: median ${median(samples).toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, ${RUNS} runs), ${(first.data.length / 1024).toFixed(0)} KiB`,
      );
    }
  } finally {
    await database.close();
  }
}
