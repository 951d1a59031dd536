/**
 * Which items of two sequences were replaced, as hunks: runs of old items
 * replaced by runs of new items, everything between hunks unchanged. Patience
 * diff: items unique on both sides anchor the alignment, so rows inserted or
 * edited in a long file line up with their neighbours instead of drifting.
 */

export interface Hunk {
  /** Half-open range of replaced items in the old sequence. */
  oldStart: number;
  oldEnd: number;
  /** Half-open range of their replacement in the new sequence. */
  newStart: number;
  newEnd: number;
}

/** Below this many cells an exact longest-common-subsequence table is affordable. */
const LCS_LIMIT = 1_000_000;

export function diffSequences(a: readonly string[], b: readonly string[]): Hunk[] {
  const hunks: Hunk[] = [];
  align(a, b, { oldStart: 0, oldEnd: a.length, newStart: 0, newEnd: b.length }, hunks);
  return hunks;
}

function align(a: readonly string[], b: readonly string[], range: Hunk, hunks: Hunk[]): void {
  let { oldStart, oldEnd, newStart, newEnd } = range;
  while (oldStart < oldEnd && newStart < newEnd && a[oldStart] === b[newStart]) {
    oldStart++;
    newStart++;
  }
  while (oldStart < oldEnd && newStart < newEnd && a[oldEnd - 1] === b[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  if (oldStart === oldEnd && newStart === newEnd) return;
  const middle = { oldStart, oldEnd, newStart, newEnd };
  if (oldStart === oldEnd || newStart === newEnd) {
    hunks.push(middle);
    return;
  }

  const anchors = uniqueAnchors(a, b, middle);
  if (anchors.length === 0) {
    alignWithoutAnchors(a, b, middle, hunks);
    return;
  }
  let oldAt = oldStart;
  let newAt = newStart;
  for (const [oldIndex, newIndex] of anchors) {
    align(a, b, { oldStart: oldAt, oldEnd: oldIndex, newStart: newAt, newEnd: newIndex }, hunks);
    oldAt = oldIndex + 1;
    newAt = newIndex + 1;
  }
  align(a, b, { oldStart: oldAt, oldEnd, newStart: newAt, newEnd }, hunks);
}

/** Items that occur exactly once on each side, in the longest order-preserving run. */
function uniqueAnchors(
  a: readonly string[],
  b: readonly string[],
  range: Hunk,
): [number, number][] {
  const counts = new Map<
    string,
    { old: number; new: number; oldIndex: number; newIndex: number }
  >();
  for (let index = range.oldStart; index < range.oldEnd; index++) {
    const entry = counts.get(a[index]!) ?? { old: 0, new: 0, oldIndex: index, newIndex: -1 };
    entry.old++;
    counts.set(a[index]!, entry);
  }
  for (let index = range.newStart; index < range.newEnd; index++) {
    const entry = counts.get(b[index]!);
    if (!entry) continue;
    entry.new++;
    entry.newIndex = index;
  }
  const pairs: [number, number][] = [];
  for (const entry of counts.values()) {
    if (entry.old === 1 && entry.new === 1) pairs.push([entry.oldIndex, entry.newIndex]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs whose new indexes increase (patience sorting). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, value], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]![1] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const result: [number, number][] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!)
    result.push(pairs[index]!);
  return result.reverse();
}

/** Repeated items only: an exact LCS when small enough, else the whole range as one hunk. */
function alignWithoutAnchors(
  a: readonly string[],
  b: readonly string[],
  range: Hunk,
  hunks: Hunk[],
): void {
  const rows = range.oldEnd - range.oldStart;
  const columns = range.newEnd - range.newStart;
  if (rows * columns > LCS_LIMIT) {
    hunks.push(range);
    return;
  }
  // lengths[i][j]: LCS length of a[oldStart + i..] and b[newStart + j..].
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[range.oldStart + i] === b[range.newStart + j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let pending: Hunk | null = null;
  const close = () => {
    if (pending) hunks.push(pending);
    pending = null;
  };
  while (i < rows || j < columns) {
    if (i < rows && j < columns && a[range.oldStart + i] === b[range.newStart + j]) {
      close();
      i++;
      j++;
      continue;
    }
    pending ??= {
      oldStart: range.oldStart + i,
      oldEnd: range.oldStart + i,
      newStart: range.newStart + j,
      newEnd: range.newStart + j,
    };
    if (
      j >= columns ||
      (i < rows && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
    ) {
      i++;
      pending.oldEnd++;
    } else {
      j++;
      pending.newEnd++;
    }
  }
  close();
}
