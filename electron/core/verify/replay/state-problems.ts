import type { VerifyProblem } from '../../../../shared/contract';

const maxStateProblems = 100;

/** Collects what the trail does not explain, in the order found (the first is the first row to look at). */
export class StateProblems {
  readonly list: VerifyProblem[] = [];

  add(location: string, message: string): void {
    if (this.list.length < maxStateProblems) this.list.push({ kind: 'state', location, message });
  }
}
