// `npm run bench:import`: field-level precision and recall of the document importer over the test set
// (tests/fixtures/import: the seeds plus real-style DOCX, PDF, text and Markdown documents with hand-made expected JSON).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '#importers/documents/pipeline.js';
import { overall, ratios, scoreExtraction, type Scores, type Tally } from '#importers/documents/score.js';
import { testSet } from '#importers/documents/test-set.js';

const verbose = process.argv.includes('--verbose');
const sets = { development: {} as Scores, 'held-out': {} as Scores };
const all: Scores = {};
const documents = testSet();
const started = performance.now();
for (const doc of documents) {
  const { extraction } = await importDocument({ bytes: readFileSync(doc.file), fileName: path.basename(doc.file) });
  const own = scoreExtraction(extraction, doc.expected);
  scoreExtraction(extraction, doc.expected, sets[doc.set]);
  scoreExtraction(extraction, doc.expected, all);
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
const table = (title: string, scores: Scores) => {
  console.log(`\n${title}\n${'fält'.padEnd(26)}${'precision'.padStart(8)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'rätt'.padStart(7)}${'funna'.padStart(7)}${'väntade'.padStart(9)}`);
  for (const [field, t] of Object.entries(scores)) console.log(line(field, t));
  console.log(line('TOTALT', overall(scores)));
};
const count = (set: string) => documents.filter((d) => d.set === set).length;
console.log(`\n${documents.length} dokument, ${ms.toFixed(0)} ms`);
table(`Alla ${documents.length} dokument`, all);
table(`Utvecklingsmängden (${count('development')} dokument: fröna och 101–112, lästa medan reglerna skrevs)`, sets.development);
table(`Kontrollmängden (${count('held-out')} dokument: 2xx, annoterade innan importen kördes på dem)`, sets['held-out']);
