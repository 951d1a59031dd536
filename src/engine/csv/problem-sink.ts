/**
 * Collects a file's problems in the order they are found. At most
 * PROBLEMS_PER_KIND of each kind are kept and the rest only counted (on the
 * last one kept), so a file with a systematic mistake reports it twenty
 * times, not a million.
 * Problems that point at a field wait for their exact column (see
 * field-position.ts) until the whole file has been read.
 */
import type { Problem, ProblemCode, Severity } from '../errors/problem.ts';

export const PROBLEMS_PER_KIND = 20;

/** A field of a row: the line the row starts on and the field's index. */
export interface RowField {
  rowLine: number;
  field: number;
}

export interface PendingPlace extends RowField {
  problem: Problem;
}

export interface KindCount {
  count: number;
  severity: Severity;
}

export class ProblemSink {
  readonly problems: Problem[] = [];
  readonly pending: PendingPlace[] = [];
  readonly counts = new Map<ProblemCode, KindCount>();

  report(problem: Problem, place?: RowField): void {
    const count = this.#count(problem.code, problem.severity, 1);
    if (count > PROBLEMS_PER_KIND) return;
    this.problems.push(problem);
    if (place) this.pending.push({ problem, ...place });
  }

  /** Counts problems of a kind that were found (in another part of the file) but not kept. */
  addUnlisted(code: ProblemCode, severity: Severity, count: number): void {
    if (count > 0) this.#count(code, severity, count);
  }

  /**
   * Notes on the last listed problem of each kind how many more of that kind
   * were found, so the count stays with the problems it is about.
   */
  markHidden(): void {
    for (const [code, { count }] of this.counts) {
      if (count <= PROBLEMS_PER_KIND) continue;
      const last = this.problems.findLast((problem) => problem.code === code);
      if (last) last.hidden = count - PROBLEMS_PER_KIND;
    }
  }

  #count(code: ProblemCode, severity: Severity, added: number): number {
    const count = (this.counts.get(code)?.count ?? 0) + added;
    this.counts.set(code, { count, severity });
    return count;
  }
}
