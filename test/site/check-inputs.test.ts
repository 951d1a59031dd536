/**
 * The summary line of a build with invalid inputs counts every error, those
 * listed and those only counted, as `pacer check` does.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/engine/errors/problem.ts';
import type { LoadedReport } from '../../src/engine/report/load-report.ts';
import { blockingProblems, problemCount } from '../../src/integration/check-inputs.ts';

const error = (hidden?: number): Problem => ({
  severity: 'error',
  code: 'invalid-number',
  file: 'data/orders.csv',
  line: 7,
  column: 3,
  message: 'expected a number',
  ...(hidden === undefined ? {} : { hidden }),
});
const warning: Problem = { ...error(), severity: 'warning', code: 'half-empty-row' };

/** Only `problems` and `report` matter to the count. */
const loaded = (problems: Problem[], report: unknown = {}) =>
  ({ problems, report }) as unknown as LoadedReport;

describe('blockingProblems', () => {
  it('counts the errors a file repeats but lists only once', () => {
    // 3 listed errors, the last standing for 12 more of the same kind: 15 in all.
    expect(blockingProblems(loaded([error(), error(), error(12), warning]))).toBe(15);
  });

  it('is 0 when there are only warnings', () => {
    expect(blockingProblems(loaded([warning]))).toBe(0);
  });

  it('is 1 when no report could be computed although nothing was listed', () => {
    expect(blockingProblems(loaded([], null))).toBe(1);
  });
});

describe('problemCount', () => {
  it('says problem or problems', () => {
    expect(problemCount(1)).toBe('Pacer found 1 problem in kpis/ or data/');
    expect(problemCount(1500)).toBe('Pacer found 1,500 problems in kpis/ or data/');
  });
});
