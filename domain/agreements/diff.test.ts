import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, hasChanges, lineDiff, MAX_LCS_CELLS, setChanges, splitLines, type DiffItem } from './diff.js';

/** LCS length by the textbook recursion table, to check the diff keeps a longest common subsequence. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const t: number[][] = Array.from({ length: a.length + 1 }, () => Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = t[i] as number[];
      const prev = t[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
  }
  return (t[a.length] as number[])[b.length] as number;
}

const sides = <T>(d: DiffItem<T>[]) => ({
  before: d.filter((x) => x.op !== 'added').map((x) => x.item),
  after: d.filter((x) => x.op !== 'removed').map((x) => x.item),
});

describe('lineDiff', () => {
  it('shows the changed line of a section, with the rest equal', () => {
    const v1 = 'Syftet med samverkan är att förebygga brott.\n\nParterna ska samordna sina resurser.\nUppföljning sker årligen.';
    const v2 = 'Syftet med samverkan är att förebygga brott och öka tryggheten.\n\nParterna ska samordna sina resurser.\nUppföljning sker årligen.\nRapport till kommunstyrelsen.';
    expect(lineDiff(v1, v2)).toEqual([
      { op: 'removed', text: 'Syftet med samverkan är att förebygga brott.' },
      { op: 'added', text: 'Syftet med samverkan är att förebygga brott och öka tryggheten.' },
      { op: 'equal', text: '' },
      { op: 'equal', text: 'Parterna ska samordna sina resurser.' },
      { op: 'equal', text: 'Uppföljning sker årligen.' },
      { op: 'added', text: 'Rapport till kommunstyrelsen.' },
    ]);
  });

  it('handles empty texts and Windows line breaks', () => {
    expect(lineDiff('', '')).toEqual([]);
    expect(lineDiff('', 'a\nb')).toEqual([
      { op: 'added', text: 'a' },
      { op: 'added', text: 'b' },
    ]);
    expect(lineDiff('a\r\nb', '')).toEqual([
      { op: 'removed', text: 'a' },
      { op: 'removed', text: 'b' },
    ]);
    expect(lineDiff('a\r\nb', 'a\nb')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'equal', text: 'b' },
    ]);
    expect(splitLines('a\rb\n')).toEqual(['a', 'b', '']);
  });

  it('finds a moved line as one removal and one addition', () => {
    expect(lineDiff('a\nb\nc', 'b\nc\na')).toEqual([
      { op: 'removed', text: 'a' },
      { op: 'equal', text: 'b' },
      { op: 'equal', text: 'c' },
      { op: 'added', text: 'a' },
    ]);
  });
});

describe('diffSequences', () => {
  const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 25 });

  it('rebuilds both sides, keeping a longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const d = diffSequences(a, b);
        expect(sides(d)).toEqual({ before: a, after: b });
        expect(d.filter((x) => x.op === 'equal')).toHaveLength(lcsLength(a, b));
        expect(hasChanges(d)).toBe(a.join('\u0000') !== b.join('\u0000') || a.length !== b.length);
      }),
      { numRuns: 500 },
    );
  });

  it('puts removals before additions inside a changed stretch', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const ops = diffSequences(a, b).map((x) => x.op);
        for (let i = 1; i < ops.length; i++) expect(ops[i - 1] === 'added' && ops[i] === 'removed').toBe(false);
      }),
    );
  });

  it('compares items by key', () => {
    const before = [{ partyId: 'p', text: 'Avsätta tid' }, { partyId: 'k', text: 'Utse samordnare' }];
    const after = [{ partyId: 'k', text: 'Utse samordnare' }, { partyId: 'k', text: 'Följa upp' }];
    expect(diffSequences(before, after, (c) => JSON.stringify(c)).map((d) => [d.op, d.item.text])).toEqual([
      ['removed', 'Avsätta tid'],
      ['equal', 'Utse samordnare'],
      ['added', 'Följa upp'],
    ]);
  });

  it('still gives a correct diff when the changed middle is too large for the table', () => {
    const n = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 5;
    const a = ['start', ...Array.from({ length: n }, (_, i) => `gammal ${i}`), 'slut'];
    const b = ['start', ...Array.from({ length: n }, (_, i) => `ny ${i}`), 'slut'];
    const d = diffSequences(a, b);
    expect(sides(d)).toEqual({ before: a, after: b });
    expect(d[0]).toEqual({ op: 'equal', item: 'start' });
    expect(d[d.length - 1]).toEqual({ op: 'equal', item: 'slut' });
    expect(d.filter((x) => x.op === 'removed')).toHaveLength(n);
  });
});

describe('setChanges', () => {
  it('lists what was added and removed, counting repeats, ignoring order', () => {
    expect(setChanges(['a', 'b', 'b', 'c'], ['c', 'b', 'd'])).toEqual({ added: ['d'], removed: ['a', 'b'] });
    expect(setChanges(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });

  it('adding to before what was removed and taking away what was added gives after, as multisets', () => {
    const items = fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 10 });
    fc.assert(
      fc.property(items, items, (a, b) => {
        const { added, removed } = setChanges(a, b);
        const rest = [...a];
        for (const r of removed) rest.splice(rest.indexOf(r), 1);
        expect([...rest, ...added].sort()).toEqual([...b].sort());
      }),
    );
  });
});
