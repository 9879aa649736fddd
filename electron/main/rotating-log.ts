// The app's log file in the platform's log folder (app.getPath('logs')). Pure Node, tested as it runs.
// When the file passes maxBytes it becomes quire.1.log (quire.1 becomes quire.2, …) and the oldest beyond
// `keep` is dropped, so logs never grow without bound. Lines are written synchronously: the last words
// before a crash are the ones that matter.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export class RotatingLog {
  readonly file: string;

  constructor(
    readonly folder: string,
    private readonly maxBytes = 1024 * 1024,
    private readonly keep = 5,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = path.join(folder, 'quire.log');
  }

  /** Appends one line per line of text, each with the time and where it came from. */
  write(source: string, text: string): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      this.rotateIfFull();
      const stamp = this.now().toISOString();
      const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
      appendFileSync(this.file, lines.map((line) => `${stamp} [${source}] ${line}\n`).join(''));
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  }

  private rotateIfFull(): void {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      return;
    }
    if (size < this.maxBytes) return;
    const numbered = (n: number) => path.join(this.folder, `quire.${n}.log`);
    rmSync(numbered(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      try {
        renameSync(numbered(n), numbered(n + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    renameSync(this.file, numbered(1));
  }
}
