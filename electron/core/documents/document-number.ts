import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';

const tokenPattern = /\{(TYPE|DEPT|YYYY|SEQ(?::(0+))?)\}/g;

function render(pattern: string, values: { type: string; department: string | null; year: number }, seq: string): string {
  return pattern.replace(tokenPattern, (_all, token: string, zeros?: string) => {
    if (token === 'TYPE') return values.type;
    if (token === 'YYYY') return String(values.year);
    if (token === 'DEPT') {
      if (!values.department) throw new QuireError('DOCUMENT_NUMBER_INVALID', { reason: 'department-required', type: values.type, pattern });
      return values.department;
    }
    return seq === '#' ? '#' : seq.padStart(zeros?.length ?? 1, '0');
  });
}

/**
 * Hands out the next free number for a type's pattern ({TYPE}-{DEPT}-{SEQ:0000} by default).
 * Each rendered prefix keeps its own counter, and numbers already taken by hand are skipped,
 * so a number is never handed out twice. Runs inside the registering transaction.
 */
export function allocateDocumentNumber(db: Database.Database, pattern: string, values: { type: string; department: string | null; year: number }): string {
  if (!/\{SEQ(:0+)?\}/.test(pattern)) throw new QuireError('DOCUMENT_NUMBER_INVALID', { reason: 'no-sequence', pattern });
  const sequenceKey = render(pattern, values, '#');
  let next = (statement<[string], { last_value: number }>(db, 'SELECT last_value FROM number_sequences WHERE prefix = ?').get(sequenceKey)?.last_value ?? 0) + 1;
  const taken = statement<[string], { id: number }>(db, 'SELECT id FROM documents WHERE number = ?');
  while (taken.get(render(pattern, values, String(next)))) next += 1;
  statement(db, 'INSERT INTO number_sequences (prefix, last_value) VALUES (?, ?) ON CONFLICT (prefix) DO UPDATE SET last_value = excluded.last_value').run(sequenceKey, next);
  return render(pattern, values, String(next));
}
