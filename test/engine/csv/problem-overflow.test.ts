/**
 * A systematic mistake in a large file: the first problems of a kind are
 * listed, the rest counted on the last one listed, sorted with it, and
 * counted in every summary.
 */
import { describe, expect, test } from 'vitest';
import { PROBLEMS_PER_KIND } from '../../../src/engine/csv/problem-sink.ts';
import { check, describeProblem } from '../load/support/temp-repo.ts';
import { OVERFLOW_FILES } from './support/overflow-files.ts';

describe('problems beyond the first few of a kind', () => {
  test('are counted on the last one listed, which sorts among the problems it sums up', async () => {
    const result = await check(OVERFLOW_FILES);
    expect(PROBLEMS_PER_KIND).toBe(20);
    const listed = result.problems.map(describeProblem);
    expect(listed).toHaveLength(21);
    expect(listed[0]).toBe('data/sales.csv:2:12 error "12,5" in column "amount" is not a number');
    expect(listed[5]).toBe(
      'data/sales.csv:7:1 error "31/12/2025" in column "date" is not a date; expected an ISO date (2026-11-03) or period (2026-11, 2026-W45, 2026-Q4, 2026)',
    );
    expect(result.problems[5]?.hint).toBe(
      'This looks like day/month/year: declare `dateFormat: dd/MM/yyyy` on the source.',
    );
    expect(listed[20]).toBe('data/sales.csv:22:12 error "12,5" in column "amount" is not a number');
    expect(result.problems.map((problem) => problem.hidden ?? 0)).toEqual([
      ...Array<number>(20).fill(0),
      1279,
    ]);
    // 1,299 numbers and one date: every error is counted, listed or not.
    expect(result).toMatchObject({ errors: 1300, warnings: 0 });
  });
});
