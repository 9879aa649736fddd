import { QuireError } from '../../../shared/errors';

/** Any thrown value as a QuireError: ours pass through, SQLite's busy/readonly/full/corrupt get their codes, the rest is INTERNAL. */
export function toQuireError(error: unknown): QuireError {
  if (error instanceof QuireError) return error;
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new QuireError('VAULT_BUSY');
  if (code === 'SQLITE_READONLY') return new QuireError('VAULT_READ_ONLY');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new QuireError('DISK_FULL');
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return new QuireError('VAULT_DAMAGED');
  // The cause is for logs and --json; the user reads the catalogue's sentence.
  return new QuireError('INTERNAL', {}, { cause: error instanceof Error ? error.message : String(error) });
}
