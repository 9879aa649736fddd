import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../../../electron/core/audit/append-audit-event';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { pdfTextByPage, qpdfCheckClean, squash } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// An auditor's questions, asked of a real vault: who did what to which document, when — a page at a
// time, with the number of events that match, and exported as CSV and PDF in sentences.
describe('the vault-wide audit trail', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    first = await registerEffectiveDocument(t, team, 'Line clearance', t.file('a.md', '# Line clearance\n\nClear the line.\n'));
    second = (await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: 'Gowning', file: { path: t.file('b.md', '# Gowning\n') } })).number;
  }, 120_000);
  afterAll(() => t.cleanup());

  it('pages through every event, newest first, and says how many there are', async () => {
    const everything = await t.core.call(t.adminToken, 'audit.list', {});
    const page1 = await t.core.call(t.adminToken, 'audit.page', { limit: 10 });
    const page2 = await t.core.call(t.adminToken, 'audit.page', { limit: 10, offset: 10 });
    expect(page1.total).toBe(everything.length);
    expect(page1.events.map((e) => e.id)).toEqual(everything.slice(-10).reverse().map((e) => e.id));
    expect(page2.events.map((e) => e.id)).toEqual(everything.slice(-20, -10).reverse().map((e) => e.id));
    const oldest = await t.core.call(t.adminToken, 'audit.page', { limit: 3, order: 'oldest-first' });
    expect(oldest.events.map((e) => e.action)).toEqual(everything.slice(0, 3).map((e) => e.action));
  });

  it('narrows to one document and its revisions, to one person, to one kind of event and to a period', async () => {
    const ofFirst = await t.core.call(t.adminToken, 'audit.page', { document: first, limit: 500, order: 'oldest-first' });
    expect(ofFirst.total).toBe(ofFirst.events.length);
    expect(ofFirst.events.map((e) => e.action)).toEqual(expect.arrayContaining(['document.registered', 'revision.drafted', 'revision.signed', 'revision.effective']));
    expect(ofFirst.events.every((e) => e.subject?.startsWith(first))).toBe(true);
    expect((await t.core.call(t.adminToken, 'audit.page', { document: second })).events.every((e) => e.subject?.startsWith(second))).toBe(true);

    const byZhang = await t.core.call(t.adminToken, 'audit.page', { user: 'ZHANG', limit: 500 });
    expect(byZhang.total).toBeGreaterThan(0);
    expect(byZhang.events.every((e) => e.user === 'zhang')).toBe(true);

    const signed = await t.core.call(t.adminToken, 'audit.page', { action: 'revision.signed', document: first });
    expect(signed.events.map((e) => (e.newValue as { meaning: string }).meaning).sort()).toEqual(['approved', 'reviewed']);

    const today = new Date().toISOString().slice(0, 10);
    // Every event of this test was recorded today (UTC): the day holds them all, other periods none.
    expect((await t.core.call(t.adminToken, 'audit.page', { from: today, to: today })).total).toBe((await t.core.call(t.adminToken, 'audit.page', {})).total);
    expect((await t.core.call(t.adminToken, 'audit.page', { to: '2000-01-01' })).total).toBe(0);
    expect((await t.core.call(t.adminToken, 'audit.page', { from: '2999-01-01' })).total).toBe(0);
    await expect(t.core.call(t.adminToken, 'audit.page', { document: 'SOP-QA-9999' })).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND', params: { number: 'SOP-QA-9999' } });
  });

  it('names what each event is about: the user, the document and revision', async () => {
    await t.core.call(t.adminToken, 'users.unlock', { username: 'rhea', reason: 'Checked by phone' });
    const [unlocked] = (await t.core.call(t.adminToken, 'audit.page', { action: 'user.unlocked', limit: 1 })).events;
    expect(unlocked).toMatchObject({ subject: 'rhea', reason: 'Checked by phone', user: 'admin' });
    const [effective] = (await t.core.call(t.adminToken, 'audit.page', { action: 'revision.effective', document: first })).events;
    expect(effective!.subject).toBe(`${first} A`);
  });

  it('is refused to a user without the audit permission', async () => {
    await expect(t.core.call(team.author, 'audit.page', {})).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(t.core.call(team.author, 'audit.export', { format: 'csv', destination: path.join(t.dir, 'no.csv') })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('exports one document\'s events as CSV, oldest first, each with its sentence', async () => {
    const destination = path.join(t.dir, 'trail.csv');
    const result = await t.core.call(t.adminToken, 'audit.export', { format: 'csv', document: first, destination });
    const { total } = await t.core.call(t.adminToken, 'audit.page', { document: first });
    expect(result).toMatchObject({ path: destination, events: total });
    const lines = readFileSync(destination, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('event,occurred_at_utc,user,workstation,event_type,about,what_happened,reason,hash');
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toContain('document.registered');
    expect(lines.find((l) => l.includes('revision.signed'))).toMatch(/Zhang signed .* as reviewed\./i);
  });

  it('exports as a PDF report that names the selection and the chain head, checked by qpdf and read back', async () => {
    const destination = path.join(t.dir, 'trail.pdf');
    const result = await t.core.call(t.adminToken, 'audit.export', { format: 'pdf', document: first, destination });
    expect(result.events).toBeGreaterThan(5);
    expect(qpdfCheckClean(destination).ok).toBe(true);
    const text = squash(pdfTextByPage(destination).join('\n'));
    expect(text).toContain('Audit trail');
    expect(text).toContain(`about ${first} and its revisions`);
    expect(text).toContain('audit chain head');
    expect(text).toMatch(/registered SOP-QA-0001/);
  }, 60_000);

  it('answers a page of 100,000 events within a fraction of a second, through the entity index for a document', async () => {
    const db = t.core.vault.db;
    const actor = { userId: 1, username: 'admin', workstation: 'bulk' };
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) appendAuditEvent(db, actor, { action: 'session.signed_in', entityType: 'user', entityId: 1 }, new Date());
    }).immediate();
    const timed = async (input: Parameters<typeof t.core.call<'audit.page'>>[2]) => {
      const started = performance.now();
      const answer = await t.core.call(t.adminToken, 'audit.page', input);
      return { ms: performance.now() - started, total: answer.total };
    };
    const all = await timed({ offset: 50_000, limit: 50 });
    const byDocument = await timed({ document: first, limit: 50 });
    const byAction = await timed({ action: 'revision.signed', limit: 50 });
    console.log(`audit.page over ${all.total} events: window at 50,000 ${all.ms.toFixed(0)} ms, one document ${byDocument.ms.toFixed(0)} ms, one event type ${byAction.ms.toFixed(0)} ms`);
    expect(all.total).toBeGreaterThan(100_000);
    for (const { ms } of [all, byDocument, byAction]) expect(ms).toBeLessThan(2_000);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM audit_events WHERE ((entity_type = 'document' AND entity_id = '1') OR (entity_type = 'revision' AND entity_id IN (SELECT value FROM json_each('["1"]'))))`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('audit_events_by_entity');
  }, 120_000);
});
