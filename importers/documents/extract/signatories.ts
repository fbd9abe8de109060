// Signatories: a name line followed by a title line (optionally an organisation line before the name or
// after the title), in running text, in the columns of a signature table, or run together on one line as a
// web page transcript gives them ("Christer Normark Lokalpolisområdeschef Lokalpolisområde södra Lappland …").

import type { Line, Span, Table } from '../blocks.js';
import { municipalityName } from './places.js';

export interface SignatoryFound {
  name: string;
  title: string | null;
  organisation: string | null;
  span: Span;
}

interface Piece {
  text: string;
  span: Span;
}

const NAME_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME = new RegExp(`^(?:${NAME_WORD})(?:\\s(?:${NAME_WORD})){1,2}$`, 'u');
const TITLE_WORDS =
  /(chef|ordförande|kommunalråd|råd\b|direktör|strateg|samordnare|kommunpolis|polis\b|ledamot|sekreterare|handläggare|ansvarig|vice\b|koordinator|utvecklare|controller|biträdande|tf\.?\s|tjänsteförrättande|borgmästare|kommunstyrelse|nämnd|förvaltning)/iu;
const NOT_NAME = /^(Polisen|Polismyndigheten|Kommunen|Medborgarlöfte|Samverkan|Lokalpolisområde|Region|Länsstyrelsen)\b/u;
const ORG = new RegExp(
  `^(?:(?:[Ll]okalpolisområde|LPO|Lpo)\\s+(?:(?:[Ss]ödra|[Nn]orra|[Öö]stra|[Vv]ästra)\\s+)?\\p{Lu}[\\p{L}-]+|Polisen(?:\\s+\\p{Lu}[\\p{L}-]+)?|Polismyndigheten(?:\\s.*)?|\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s+(?:[Kk]ommuns?|KOMMUN|[Ss]tad))$`,
  'u',
);

const isName = (text: string) => NAME.test(text) && !NOT_NAME.test(text) && !TITLE_WORDS.test(text) && !isOrg(text);
const isTitle = (text: string) => text.length <= 90 && TITLE_WORDS.test(text) && !/[.!?]$/.test(text);
const isOrg = (text: string) => ORG.test(text.trim());

/** 'Polisen' for the police in any form; '<Kommun> kommun' for a municipality; else the text as written. */
export function organisationOf(text: string): string {
  const t = text.trim();
  if (/polis/iu.test(t)) return 'Polisen';
  const m = /^(.+?)\s+(kommuns?|stad)$/iu.exec(t);
  const name = m ? municipalityName(m[1]!) : undefined;
  if (!name) return t;
  // "Borås Stad" and "Göteborgs Stad" call themselves so.
  return /^stad$/iu.test(m![2]!) ? `${m![1]} Stad` : municipalityOrganisation(name);
}

function sideOf(text: string): 'police' | 'municipality' | undefined {
  if (/polis|lpo/iu.test(text)) return 'police';
  if (/kommun|\bstad\b/iu.test(text)) return 'municipality';
  return undefined;
}

/** "Norsjö kommun", "Sandvikens kommun": the genitive s after a final consonant other than s, x, z. */
export function municipalityOrganisation(name: string): string {
  return /[bcdfghjklmnpqrtvw]$/iu.test(name) ? `${name}s kommun` : `${name} kommun`;
}

/** The organisation a title implies, when the document has exactly one municipality. */
function organisationFromTitle(title: string | null, municipalities: string[]): string | null {
  if (title && /polis|lpo/iu.test(title)) return 'Polisen';
  if (municipalities.length === 1) return municipalityOrganisation(municipalities[0]!);
  return null;
}

/** "Jimmy Jansson, kommunstyrelsens ordförande" on one line: the name and the title as two pieces. */
function splitNameAndTitle(pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece) => {
    const m = /^([^,]+),\s*(.+)$/u.exec(piece.text);
    if (!m || !NAME.test(m[1]!.trim()) || !isTitle(m[2]!)) return [piece];
    const titleStart = piece.span.start + piece.text.indexOf(m[2]!, m[1]!.length);
    const title = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
    return [
      { text: m[1]!.trim(), span: { start: piece.span.start, end: piece.span.start + m[1]!.trim().length } },
      { text: title, span: { start: titleStart, end: piece.span.end } },
    ];
  });
}

function fromSequence(all: Piece[], municipalities: string[]): SignatoryFound[] {
  const pieces = splitNameAndTitle(all);
  const found: SignatoryFound[] = [];
  let consumed = -1;
  for (let i = 0; i < pieces.length; i++) {
    const name = pieces[i]!.text;
    if (!isName(name)) continue;
    const next = pieces[i + 1]?.text;
    if (next === undefined || !isTitle(next)) continue;
    let title = next;
    let organisation: string | null = null;
    const comma = /^(.+?),\s*(.+)$/u.exec(title);
    if (comma && isOrg(comma[2]!)) {
      title = comma[1]!;
      organisation = organisationOf(comma[2]!);
    }
    // "Org / Name / Title" or "Name / Title / Org": an organisation line belongs to one signatory only.
    const before = pieces[i - 1]?.text;
    const after = pieces[i + 2]?.text;
    if (!organisation && before !== undefined && i - 1 !== consumed && isOrg(before)) organisation = organisationOf(before);
    if (!organisation && after !== undefined && isOrg(after) && !isName(after)) {
      organisation = organisationOf(after);
      consumed = i + 2;
    }
    // A title that names its side ("Lokalpolisområdeschef", "Kommunalråd") beats a page header next to the name.
    const implied = organisationFromTitle(title, municipalities);
    if (!organisation || (implied && sideOf(implied) !== sideOf(organisation) && sideOf(title) !== undefined)) organisation = implied;
    found.push({ name, title, organisation, span: { start: pieces[i]!.span.start, end: pieces[i + 1]!.span.end } });
    i++;
  }
  return found;
}

const RUN_NAME_WORD = `(?![\\p{L}-]*(?:chef|råd|ordförande|direktör|strateg|samordnare|kommun|polis)(?![\\p{L}]))${NAME_WORD}`;
const RUN_ON = new RegExp(
  `(${RUN_NAME_WORD}(?:\\s${RUN_NAME_WORD}){1,2})\\s+((?:(?!${RUN_NAME_WORD}\\s${RUN_NAME_WORD}\\s).)+?)\\s+((?:[Ll]okalpolisområde|LPO)\\s+(?:(?:[Ss]ödra|[Nn]orra|[Öö]stra|[Vv]ästra)\\s+)?\\p{Lu}[\\p{L}-]+|\\p{Lu}[\\p{L}-]+\\s+kommun|Polisen|Polismyndigheten)(?=\\s|$)`,
  'gu',
);

/** Several signatories run together on one long line, each "Name Title Organisation". */
function fromRunOn(line: Line): SignatoryFound[] {
  const found: SignatoryFound[] = [];
  for (const m of line.text.matchAll(RUN_ON)) {
    const [name, title, org] = [m[1]!, m[2]!, m[3]!];
    if (TITLE_WORDS.test(name) || !TITLE_WORDS.test(title)) continue;
    found.push({ name, title, organisation: organisationOf(org), span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
  }
  return found;
}

const PROSE_TITLE = '([Kk]ommunstyrelsens (?:ordförande|vice ordförande)|[Kk]ommunalråd(?:et)?|[Kk]ommundirektör(?:en)?|[Kk]ommunchef(?:en)?|[Ll]okalpolisområdeschef(?:en)?|[Pp]olisområdeschef(?:en)?|[Kk]ommunpolis(?:en)?)';
const PROSE = new RegExp(`${PROSE_TITLE}\\s+(${NAME_WORD}(?:\\s${NAME_WORD}){1,2})`, 'gu');

/** "Löftet undertecknades av kommunstyrelsens ordförande Jonas Bergman och lokalpolisområdeschef Anna Sandberg." */
function fromProse(line: Line, municipalities: string[]): SignatoryFound[] {
  if (!/undertecknade?s?|skrev under|signerade?s?|skrivs under/iu.test(line.text)) return [];
  const found: SignatoryFound[] = [];
  for (const m of line.text.matchAll(PROSE)) {
    const title = m[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/(?<=chef|direktör|polis)en$|(?<=råd)et$/u, '');
    found.push({ name: m[2]!, title, organisation: organisationFromTitle(title, municipalities), span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
  }
  return found;
}

export function findSignatories(lines: Line[], tables: Table[], municipalities: string[]): SignatoryFound[] {
  const plain = lines.filter((l) => !l.cells).map((l) => ({ text: l.text.trim(), span: { start: l.start, end: l.end } })).filter((p) => p.text.length > 0);
  const found = fromSequence(plain, municipalities);
  for (const table of tables) {
    const columns = Math.max(0, ...table.rows.map((r) => r.cells.length));
    for (let c = 0; c < columns; c++) {
      const pieces: Piece[] = [];
      for (const row of table.rows) {
        const cell = row.cells[c];
        if (!cell) continue;
        // A cell's paragraphs lie one after the other in the text, joined by a space.
        let offset = cell.start;
        for (const part of cell.parts) {
          pieces.push({ text: part, span: { start: offset, end: offset + part.length } });
          offset += part.length + 1;
        }
      }
      found.push(...fromSequence(pieces, municipalities));
    }
  }
  if (found.length === 0) {
    for (const line of lines) if (line.text.length > 120) found.push(...fromRunOn(line));
  }
  if (found.length === 0) for (const line of lines) found.push(...fromProse(line, municipalities));
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.span.start - b.span.start)
    .filter((s) => !seen.has(s.name) && seen.add(s.name));
}
