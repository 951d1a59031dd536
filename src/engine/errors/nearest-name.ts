/**
 * Edit distance with adjacent transpositions counted as one edit (optimal
 * string alignment), because swapped letters (`salse`, `tagret`) are the most
 * common typo in field and column names.
 */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `name`, if it is close enough to be a likely typo:
 * at most one edit per three characters (at least one), and never a rewrite
 * of most of a short name (`zz` is not a typo of `k`).
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const longer = Math.max(wanted.length, best.length);
  const limit = Math.max(1, Math.floor(longer / 3));
  return bestDistance <= limit && bestDistance < longer ? best : undefined;
}

/** `Did you mean "x"?`, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const nearest = nearestName(name, candidates);
  return nearest === undefined ? undefined : `Did you mean "${nearest}"?`;
}

/**
 * The one candidate id that has every word of `name` in the same order
 * (`grow-sales` in `grow-online-sales`): a shortened id is too many edits
 * from the full one to count as a typo, yet it is plainly what was meant.
 */
export function idWithWordsOf(name: string, candidates: Iterable<string>): string | undefined {
  const words = name.toLowerCase().split('-').filter(Boolean);
  if (words.length === 0) return undefined;
  const matches = [...candidates].filter((candidate) => {
    let next = 0;
    for (const word of candidate.toLowerCase().split('-')) if (word === words[next]) next++;
    return next === words.length && candidate.toLowerCase() !== name.toLowerCase();
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** `Did you mean "x"?` for an id: a likely typo, or else the one id with all its words. */
export function didYouMeanId(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const nearest = nearestName(name, list) ?? idWithWordsOf(name, list);
  return nearest === undefined ? undefined : `Did you mean "${nearest}"?`;
}
