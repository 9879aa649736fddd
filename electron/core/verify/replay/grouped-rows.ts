/**
 * Walks rows that come ordered by a numeric key, handing out one key's rows at a time, so two ordered
 * streams (an entity's events, a table) can be compared side by side without holding either whole.
 * Rows whose key is skipped over are handed to `onSkipped`: rows with no counterpart on the other side.
 */
export class GroupedRows<T> {
  private next: IteratorResult<T>;

  constructor(private readonly rows: Iterator<T>, private readonly keyOf: (row: T) => number, private readonly onSkipped: (row: T) => void = () => {}) {
    this.next = rows.next();
  }

  /** The rows with this key (keys must be asked for in ascending order). */
  take(key: number): T[] {
    const group: T[] = [];
    while (!this.next.done) {
      const k = this.keyOf(this.next.value);
      if (k > key) break;
      if (k === key) group.push(this.next.value);
      else this.onSkipped(this.next.value);
      this.next = this.rows.next();
    }
    return group;
  }

  /** The key of the next row not yet taken, or null at the end. */
  peekKey(): number | null {
    return this.next.done ? null : this.keyOf(this.next.value);
  }

  /** Hands every row not taken to `onSkipped` and closes the stream. */
  finish(): void {
    while (!this.next.done) {
      this.onSkipped(this.next.value);
      this.next = this.rows.next();
    }
  }
}
