// `npm run bench:import`: field-level precision and recall of the document importer over the test set
// (tests/fixtures/import: the seeds plus real-style DOCX, PDF, text and Markdown documents with hand-made expected JSON).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '#importers/documents/pipeline.js';
import { overall, ratios, scoreExtraction, type Scores, type Tally } from '#importers/documents/score.js';
import { testSet } from '#importers/documents/test-set.js';

const verbose = process.argv.includes('--verbose');
const scores: Scores = {};
const documents = testSet();
const started = performance.now();
for (const doc of documents) {
  const { extraction } = await importDocument({ bytes: readFileSync(doc.file), fileName: path.basename(doc.file) });
  const own = scoreExtraction(extraction, doc.expected);
  scoreExtraction(extraction, doc.expected, scores);
  const o = ratios(overall(own));
  console.log(`${path.basename(doc.file).padEnd(58)} P ${o.precision.toFixed(2)}  R ${o.recall.toFixed(2)}`);
  if (verbose) for (const [field, t] of Object.entries(own)) if (t.correct !== t.found || t.correct !== t.expected) console.log(`    ${field}: ${t.correct} rätt av ${t.found} funna, ${t.expected} väntade`);
}
const ms = performance.now() - started;

const pct = (n: number) => `${(100 * n).toFixed(1)} %`.padStart(8);
const line = (name: string, t: Tally) => {
  const r = ratios(t);
  return `${name.padEnd(26)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}${String(t.correct).padStart(7)}${String(t.found).padStart(7)}${String(t.expected).padStart(9)}`;
};
console.log(`\n${documents.length} dokument, ${ms.toFixed(0)} ms\n`);
console.log(`${'fält'.padEnd(26)}${'precision'.padStart(8)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'rätt'.padStart(7)}${'funna'.padStart(7)}${'väntade'.padStart(9)}`);
for (const [field, t] of Object.entries(scores)) console.log(line(field, t));
console.log(line('TOTALT', overall(scores)));
