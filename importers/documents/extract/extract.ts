// The extraction rules over a laid-out document: every field with the span of text it came from.

import type { Extraction } from '#domain/extraction/extraction.js';
import type { LaidOut, Line, Span } from '../blocks.js';
import { findCommitments } from './commitments.js';
import { findFocusAreas } from './focus-areas.js';
import { findDiarienummer, findTitle } from './heading.js';
import { findMunicipalities, findPoliceAreas } from './places.js';
import { rowsFromLists, rowsFromTables } from './plan-rows.js';
import { findSignatories } from './signatories.js';
import { findValidity } from './validity.js';

export interface Extracted {
  extraction: Extraction;
  sources: Record<string, Span>;
}

/** A saved web page (docplayer and the like) holds the document after "Transkript:"; the rest is the site's own links. */
function documentPart(doc: LaidOut): { lines: Line[]; offset: number; warning?: string } {
  const marker = [...doc.lines].reverse().find((l) => /^\s*(?:Transkript|Transcript)\s*:?\s*$/iu.test(l.text));
  if (!marker) return { lines: doc.lines, offset: 0 };
  return {
    lines: doc.lines.filter((l) => l.start > marker.end),
    offset: marker.end,
    warning: 'Filen ser ut som en sparad webbsida; bara texten efter "Transkript:" har lästs.',
  };
}

export function extract(doc: LaidOut): Extracted {
  const sources: Record<string, Span> = {};
  const warnings: string[] = [];
  const part = documentPart(doc);
  if (part.warning) warnings.push(part.warning);
  const text = doc.text.slice(part.offset);
  const at = (span: Span): Span => ({ start: span.start + part.offset, end: span.end + part.offset });
  const tables = doc.tables.filter((t) => (t.rows[0]?.span.start ?? 0) >= part.offset);

  const { kind, title, span: titleSpan } = findTitle(part.lines, text);
  if (titleSpan) sources.title = titleSpan;
  if (!title) warnings.push('Ingen rubrik som säger vilken sorts dokument det är hittades; kontrollera dokumenttypen.');

  const municipalities = findMunicipalities(text);
  municipalities.forEach((m, i) => (sources[`municipalities.${i}`] = at(m.span)));
  if (municipalities.length === 0) warnings.push('Ingen kommun hittades.');
  const policeAreas = findPoliceAreas(text);
  policeAreas.forEach((p, i) => (sources[`policeAreas.${i}`] = at(p.span)));
  const names = municipalities.map((m) => m.value);

  const validity = findValidity(text, title);
  for (const [key, span] of Object.entries(validity.sources)) sources[key] = at(span);
  warnings.push(...validity.warnings);

  const diarienummer = findDiarienummer(text, tables);
  if (diarienummer) sources.diarienummer = at(diarienummer.span);

  const signatories = findSignatories(part.lines, tables, names);
  signatories.forEach((s, i) => (sources[`signatories.${i}`] = s.span));
  if (signatories.length === 0) warnings.push('Inga undertecknare hittades.');
  for (const s of signatories) if (!s.organisation) warnings.push(`Organisationen för ${s.name} kunde inte avgöras.`);

  const focusAreas = findFocusAreas(part.lines);
  focusAreas.forEach((f, i) => (sources[`focusAreas.${i}`] = f.span));

  const commitments = findCommitments(part.lines, names);
  commitments.forEach((c, i) => (sources[`commitments.${i}`] = c.span));

  const tableRows = rowsFromTables(tables);
  const planRows = tableRows.length > 0 ? tableRows : rowsFromLists(part.lines);
  planRows.forEach((r, i) => {
    sources[`planRows.${i}`] = r.span;
    if (r.whenSpan) sources[`planRows.${i}.when`] = r.whenSpan;
    if (r.row.frequency.kind === 'unspecified') warnings.push(`Ingen frekvens kunde läsas för aktiviteten "${r.row.what.slice(0, 60)}".`);
  });

  return {
    extraction: {
      kind,
      title,
      municipalities: names,
      policeAreas: policeAreas.map((p) => p.value),
      validFrom: validity.validFrom,
      validTo: validity.validTo,
      openEnded: validity.openEnded,
      renewal: validity.renewal,
      diarienummer: diarienummer?.value ?? null,
      signatories: signatories.map((s) => ({ name: s.name, title: s.title, organisation: s.organisation })),
      focusAreas: focusAreas.map((f) => f.value),
      commitments: commitments.map((c) => ({ party: c.party, text: c.text })),
      planRows: planRows.map((r) => r.row),
      warnings,
    },
    sources,
  };
}
