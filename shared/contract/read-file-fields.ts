/**
 * The input fields whose `{ path }` the core reads as a file (a revision's source, the author's PDF rendition).
 * Hosts in front of an untrusted renderer check every one of them: the loopback host accepts only staged
 * uploads, the Electron main process only files the user picked in that window.
 */
export const readFileFields = ['file', 'rendition'] as const;

/** The paths a call's input names in its read-file fields (undefined entries are fields not given). */
export function readFilePaths(input: unknown): unknown[] {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, { path?: unknown } | undefined>;
  return readFileFields.filter((name) => fields[name] !== undefined).map((name) => (fields[name] as { path?: unknown } | null)?.path);
}
