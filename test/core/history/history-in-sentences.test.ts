import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventSentence } from '../../../shared/messages/en/audit-event-sentences';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// Issue 11 item 6 on the document page: a document's history reads in the same sentences as the
// vault-wide audit trail (one sentence table, shared/messages/en/audit-event-sentences.ts), for
// everyone who may read the document, readers included.
describe("a document's history in the audit trail's sentences", () => {
  let t: TestVault;
  let team: DocumentTeam;
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    number = (await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Line clearance', file: { path: t.file('a.txt', 'Line clearance.\n') } })).number;
    await releaseNewestDraft(t, team, number);
  });
  afterAll(() => t.cleanup());

  it('gives each history entry the sentence the audit trail gives the same event', async () => {
    const history = await t.core.call(team.reader, 'documents.history', { number });
    const trail = new Map((await t.core.call(t.adminToken, 'audit.page', { limit: 500 })).events.map((e) => [e.id, e]));
    expect(history.length).toBeGreaterThan(5);
    for (const entry of history) expect(entry.sentence).toBe(auditEventSentence(trail.get(entry.id)!));
    const released = history.find((e) => e.action === 'revision.released')!;
    expect(released.sentence).toMatch(new RegExp(`^carol released ${number} A, effective \\d{4}-\\d{2}-\\d{2}\\.$`));
    expect(history.find((e) => e.action === 'document.registered')!.sentence).toContain(`registered ${number}, "Line clearance"`);
  });
});
