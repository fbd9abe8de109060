// Occasion timing: tied to named events, holidays, school breaks and seasons rather
// than a count. "under riskhelger", "vid större evenemang", "vid skolavslutningen",
// "valborg och skolavslutning", "under sommarlovet", "i samband med marknadshelger".

import { matchPattern, type Token, type TokenPattern, type TokenSpan } from './tokens.js';

const OCCASION_WORDS: readonly RegExp[] = [
  /evenemang/u,
  /riskhelg/u,
  /skolavslutning/u,
  /terminsavslutning/u,
  /^(skolstart|terminsstart|skolstarten|terminsstarten)$/u,
  /^(studenten|studentfirande|studentfirandet|studentutspring|studentutspringet|studentflak)/u,
  /^valborg/u,
  /^nyår/u,
  /^midsommar/u,
  /^påsk/u,
  /^(jul|julen|julafton|juletid|julhelg|julhelgen|julhelger|julhelgerna|julmarknad|julmarknaden|julledighet|julledigheten)$/u,
  /^lucia/u,
  /^halloween/u,
  /^allhelgon/u,
  /^trettondag/u,
  /^nationaldag/u,
  /^(sommar|höst|sport|jul|påsk|skol|vinter|vår|februari)?lov(et|en|dagar|dagarna|veckor|veckorna|perioder|perioderna|tid|tiden)?$/u,
  /^(marknad|marknader|marknaderna|marknaden|marknadsdag|marknadsdagar|marknadsdagarna)$/u,
  /^\p{L}+helg(en|er|erna|dag|dagar|dagarna)?$/u,
  /^helgdag(ar|arna|en)?$/u,
  /^högtid(er|erna|en)?$/u,
  /festival/u,
  /konsert/u,
  /^(hemma|borta|fotbolls|hockey|ishockey|bandy)?match(er|erna|en)?$/u,
  /^(derby|derbyn|derbyt)$/u,
  /^(fest|fester|festerna|festen)$/u,
  /^(demonstration|demonstrationer|manifestation|manifestationer)$/u,
  /^(valet|valrörelsen|valdagen)$/u,
  /^(vm|mästerskap|mästerskapet|mästerskapen)$/u,
  /^(sommaren|sommartid|sommartiden|sommarmånaderna|sommarhalvåret|sommarperioden|sommarsäsongen)$/u,
  /^(vintern|vintertid|vinterhalvåret|vintersäsongen|hösten|våren|höstterminen|vårterminen|mörkertid|mörkertiden)$/u,
];

const OCCASION_WORD = new RegExp(OCCASION_WORDS.map((pattern) => `(?:${pattern.source})`).join('|'), 'u');

/** Compounds ending in "helg" that are plain weekends, not occasions. */
const PLAIN_WEEKENDS = /^(vecko|helg)helg/u;

function isOccasionWord(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') return false;
  const word = token.text;
  if (PLAIN_WEEKENDS.test(word)) return false;
  return OCCASION_WORD.test(word);
}

const MODIFIERS: ReadonlySet<string> = new Set([
  'större', 'stora', 'alla', 'de', 'dessa', 'kommande', 'olika', 'vissa', 'särskilda', 'planerade', 'offentliga',
  'andra', 'aktuella', 'kända', 'lokala', 'återkommande', 'idrottsliga', 'publika', 'kulturella', 'traditionella',
  'så', 'kallade', 'skolans', 'kommunens', 'ortens', 'samtliga', 'varje', 'respektive', 'årets', 'årliga',
]);

const PREPOSITIONS: ReadonlyArray<readonly TokenPattern[]> = [
  ['i', 'samband', 'med'],
  ['i', 'anslutning', 'till'],
  ['vid'],
  ['under'],
  ['inför'],
  ['kring'],
  ['runt'],
  ['efter'],
  ['på'],
  ['över'],
  ['före'],
  ['omkring'],
];

const LINKS: ReadonlySet<string> = new Set(['och', ',', 'samt', 'eller', '/', '&']);

/** Start of "vid större", "i samband med de" … before the occasion word at i. */
function extendBackward(tokens: readonly Token[], i: number): number {
  let start = i;
  const hyphen = tokens[i - 1];
  const head = tokens[i - 2];
  if (hyphen?.text === '-' && !hyphen.spaceBefore && !tokens[i]?.spaceBefore && head?.type === 'word') start = i - 2; // "fotbolls-VM"
  for (let k = 0; k < 3; k++) {
    const previous = tokens[start - 1];
    if (previous === undefined || !MODIFIERS.has(previous.text)) break;
    start--;
  }
  for (const pattern of PREPOSITIONS) {
    const from = start - pattern.length;
    if (from >= 0 && matchPattern(tokens, from, pattern) === start) return from;
  }
  return start;
}

/** End of a list of occasions: "valborg och skolavslutning", "marknadshelger och andra evenemang". */
function extendForward(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  for (;;) {
    const link = tokens[end];
    if (link === undefined || !LINKS.has(link.text)) return end;
    let k = end + 1;
    for (let skipped = 0; skipped < 3 && !isOccasionWord(tokens[k]); skipped++) {
      const token = tokens[k];
      if (token === undefined || token.type !== 'word') break;
      const isPreposition = PREPOSITIONS.some((pattern) => pattern.length === 1 && pattern[0] === token.text);
      if (!MODIFIERS.has(token.text) && !isPreposition) break;
      k++;
    }
    if (!isOccasionWord(tokens[k])) return end;
    end = k + 1;
  }
}

export function findOccasion(tokens: readonly Token[]): TokenSpan | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (isOccasionWord(tokens[i])) return { start: extendBackward(tokens, i), end: extendForward(tokens, i) };
  }
  return undefined;
}
