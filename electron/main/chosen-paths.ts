// Which file paths a window may hand to the core. The renderer is untrusted: it may only name files
// the user picked (registered by the preload from Electron's getPathForFile) and destinations the
// user chose in our own save dialog (each usable once). Pure logic, no Electron: tested under Node.
import path from 'node:path';
import { readFilePaths } from '../../shared/contract/read-file-fields';
import type { InvalidInputParams } from '../../shared/errors';

interface WindowPaths {
  picked: Set<string>;
  destinations: Set<string>;
}

export class ChosenPaths {
  private readonly windows = new Map<number, WindowPaths>();

  private of(windowId: number): WindowPaths {
    let paths = this.windows.get(windowId);
    if (!paths) {
      paths = { picked: new Set(), destinations: new Set() };
      this.windows.set(windowId, paths);
    }
    return paths;
  }

  /** A file the user picked or dropped in this window. */
  picked(windowId: number, file: string): void {
    if (file) this.of(windowId).picked.add(path.resolve(file));
  }

  /** A destination the user chose in this window's save dialog. */
  destinationChosen(windowId: number, file: string): void {
    this.of(windowId).destinations.add(path.resolve(file));
  }

  /**
   * Null when every path in the call's input was chosen by the user in this window (a destination is
   * then used up); otherwise what to refuse the call with. Nothing is used up on refusal.
   */
  refusal(windowId: number, input: unknown): InvalidInputParams | null {
    const paths = this.of(windowId);
    const fields = (typeof input === 'object' && input !== null ? input : {}) as { destination?: unknown };
    // Every file the core would read (the source, the author's PDF) must be one picked in this window.
    for (const file of readFilePaths(input)) {
      if (typeof file !== 'string' || !paths.picked.has(path.resolve(file))) return { problem: 'choose-file' };
    }
    const destination = fields.destination;
    if (destination !== undefined) {
      if (typeof destination !== 'string' || !paths.destinations.has(path.resolve(destination))) return { problem: 'choose-destination' };
      paths.destinations.delete(path.resolve(destination));
    }
    return null;
  }

  forget(windowId: number): void {
    this.windows.delete(windowId);
  }
}
