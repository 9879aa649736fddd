import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEventSentence, auditEventSentences } from '../../../shared/messages/en/audit-event-sentences';

const coreRoot = path.resolve(__dirname, '../../../electron/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

// Every event type the core can write: the `action:` of each appendAuditEvent, and the acts administer-users
// passes to its one writer (`changeUser(ctx, username, 'user.…'`).
function eventTypesTheCoreWrites(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(coreRoot)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) found.add(match[1]!);
    for (const match of source.matchAll(/changeUser\(ctx, username, '([a-z_]+\.[a-z_]+)'/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

describe('the audit trail in sentences', () => {
  it('has a sentence for every event type the core writes', () => {
    const written = eventTypesTheCoreWrites();
    expect(written.length).toBeGreaterThan(40);
    expect(written.filter((action) => !(action in auditEventSentences))).toEqual([]);
  });

  it('reads an event as who did what to which thing, in words, with no JSON or field names', () => {
    const sentence = auditEventSentence({
      action: 'user.roles_changed',
      user: 'admin',
      subject: 'rita',
      entityId: '4',
      oldValue: { roles: ['reviewer'] },
      newValue: { roles: ['approver', 'reviewer'] },
    });
    expect(sentence).toBe('admin changed the roles of rita from reviewer to approver, reviewer.');
    for (const action of Object.keys(auditEventSentences)) {
      const said = auditEventSentence({ action, user: 'carol', subject: 'SOP-QA-0001 A', entityId: '1', oldValue: null, newValue: null });
      expect(said, action).toMatch(/^([A-Z]|carol ).*\.$/);
      expect(said, action).not.toMatch(/[{}[\]]|undefined|null|_/);
    }
  });
});
