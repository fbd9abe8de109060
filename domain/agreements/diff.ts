// Differences between two versions of an agreement's text: a longest-common-subsequence diff
// over lines (for the formatted sections) and over list items (commitments, signatories).
// Pure, no dependencies.
//
// The common beginning and end are matched first; what remains is compared with the classic
// LCS table. So that a huge rewrite cannot exhaust memory, a remainder larger than
// MAX_LCS_CELLS (rows × columns) is shown as all removed, then all added — still a correct
// diff, only not the smallest one.

export type DiffOp = 'equal' | 'added' | 'removed';

export interface DiffItem<T> {
  op: DiffOp;
  item: T;
}

export interface LineChange {
  op: DiffOp;
  text: string;
}

/** Largest LCS table (rows × columns) computed; larger middles fall back to remove-all/add-all. */
export const MAX_LCS_CELLS = 4_000_000;

/**
 * Turns `before` into `after`: every item of `before` is 'equal' or 'removed', every item of
 * `after` is 'equal' or 'added', in order; the 'equal' items are a longest common subsequence.
 * Within a changed stretch, removals come before additions.
 */
export function diffSequences<T>(before: readonly T[], after: readonly T[], key: (item: T) => string = String): DiffItem<T>[] {
  const a = before.map(key);
  const b = after.map(key);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const out: DiffItem<T>[] = [];
  for (let i = 0; i < start; i++) out.push({ op: 'equal', item: before[i] as T });

  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_LCS_CELLS) {
    // table[i * (m + 1) + j] = LCS length of a[start + i ..] and b[start + j ..] within the middle.
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] =
          a[start + i] === b[start + j]
            ? (table[(i + 1) * width + j + 1] as number) + 1
            : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        out.push({ op: 'equal', item: before[start + i] as T });
        i++;
        j++;
      } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) {
        out.push({ op: 'removed', item: before[start + i] as T });
        i++;
      } else {
        out.push({ op: 'added', item: after[start + j] as T });
        j++;
      }
    }
    for (; i < n; i++) out.push({ op: 'removed', item: before[start + i] as T });
    for (; j < m; j++) out.push({ op: 'added', item: after[start + j] as T });
  } else {
    for (let i = start; i < endA; i++) out.push({ op: 'removed', item: before[i] as T });
    for (let j = start; j < endB; j++) out.push({ op: 'added', item: after[j] as T });
  }

  for (let i = endA; i < a.length; i++) out.push({ op: 'equal', item: before[i] as T });
  return out;
}

/** Lines of a text; '\r\n' and '\r' count as line breaks, and an empty text has no lines. */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/\r\n|\r|\n/);
}

/** A line diff of two texts (e.g. two versions of a Markdown section). */
export function lineDiff(before: string, after: string): LineChange[] {
  return diffSequences(splitLines(before), splitLines(after)).map((d) => ({ op: d.op, text: d.item }));
}

/** Whether a diff has any change. */
export function hasChanges(diff: readonly { op: DiffOp }[]): boolean {
  return diff.some((d) => d.op !== 'equal');
}

/** Items of `after` missing from `before` and items of `before` missing from `after`, counting repeats. */
export function setChanges<T>(before: readonly T[], after: readonly T[], key: (item: T) => string = String): { added: T[]; removed: T[] } {
  const count = (items: readonly T[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const take = (items: readonly T[], other: Map<string, number>) =>
    items.filter((item) => {
      const k = key(item);
      const left = other.get(k) ?? 0;
      if (left > 0) {
        other.set(k, left - 1);
        return false;
      }
      return true;
    });
  return { added: take(after, count(before)), removed: take(before, count(after)) };
}
