import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GapAnalysis } from '../../../shared/contract';
import { loadStandards } from '../../../electron/core/standards/standards';
import { iso9001v2015 } from '../../../electron/core/standards/iso9001-2015';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';

const item = (analysis: GapAnalysis, id: string) => analysis.items.find((i) => i.id === id)!;

// A controller prepares for the certification audit: maps the quality manual and procedures to the
// clauses of ISO 9001:2015 and watches the gap analysis close as they are released.
describe('clause mapping and gap analysis', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let clock = new Date();

  beforeEach(async () => {
    clock = new Date();
    t = await createTestVault({ now: () => clock });
    team = await addDocumentTeam(t);
  }, 60_000);
  afterEach(() => t.cleanup());

  const register = (title: string) => t.core.call(team.author, 'documents.register', { type: 'POL', department: 'QA', title, file: { path: t.file(`${title}.txt`, `${title}\nThe text of the ${title}.\n`) } });

  it('moves the quality policy from missing to drafts only to covered as it is mapped and made effective', async () => {
    expect(item(await t.core.call(t.adminToken, 'gapAnalysis.run', {}), 'quality-policy').status).toBe('missing');
    const policy = await register('Quality policy');
    await t.core.call(team.controller, 'documents.setClauses', { number: policy.number, add: ['5.2', '6.2'] });
    const drafted = await t.core.call(team.controller, 'gapAnalysis.run', {});
    expect(item(drafted, 'quality-policy')).toMatchObject({ status: 'draft-only', documents: [{ number: policy.number, coverage: 'in-preparation', revision: 'A.1' }] });
    expect(item(drafted, 'quality-objectives').status).toBe('draft-only');
    await releaseNewestDraft(t, team, policy.number);
    const released = await t.core.call(team.controller, 'gapAnalysis.run', {});
    expect(item(released, 'quality-policy')).toMatchObject({ status: 'covered', documents: [{ number: policy.number, coverage: 'in-force', revision: 'A' }] });
    expect(released.summary.covered).toBe(2);
    expect(released.summary.missing).toBe(iso9001v2015.requiredInformation.length - 2);
  }, 60_000);

  it('counts a document mapped to a sub-clause for the item of its clause, and reports it overdue for review when it is', async () => {
    const manual = await register('Measurement manual');
    await t.core.call(team.controller, 'documents.setClauses', { number: manual.number, add: ['7.1.5.1'] });
    await releaseNewestDraft(t, team, manual.number);
    expect(item(await t.core.call(team.controller, 'gapAnalysis.run', {}), 'measuring-fitness').status).toBe('covered');
    clock = new Date(Date.now() + 40 * 30 * 86_400_000); // past the policy type's 36-month review interval
    const later = await t.core.call(team.controller, 'gapAnalysis.run', {});
    expect(item(later, 'measuring-fitness')).toMatchObject({ status: 'review-overdue', documents: [{ coverage: 'review-overdue' }] });
    expect(later.findings.overdueReviews.map((r) => r.number)).toEqual([manual.number]);
  }, 60_000);

  it('records each mapping change in the audit trail, lists the mapping, and refuses an unknown clause or a reader', async () => {
    const policy = await register('Quality policy');
    const mapped = await t.core.call(team.controller, 'documents.setClauses', { number: policy.number, add: ['6.2', '5.2'] });
    expect(mapped.clauses.map((c) => c.number)).toEqual(['5.2', '6.2']);
    expect(mapped.clauses[0]!.title).toBe('Quality policy');
    await t.core.call(team.controller, 'documents.setClauses', { number: policy.number, remove: ['6.2'] });
    expect((await t.core.call(team.reader, 'documents.clauses', { number: policy.number })).clauses.map((c) => c.number)).toEqual(['5.2']);
    await expect(t.core.call(team.controller, 'documents.setClauses', { number: policy.number, add: ['7.9'] })).rejects.toMatchObject({ code: 'CLAUSE_UNKNOWN', params: { clause: '7.9' } });
    await expect(t.core.call(team.controller, 'documents.setClauses', { number: policy.number, standard: 'iso27001', add: ['5.2'] })).rejects.toMatchObject({ code: 'STANDARD_UNKNOWN' });
    await expect(t.core.call(team.reader, 'documents.setClauses', { number: policy.number, add: ['5.2'] })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const events = (await t.core.call(t.adminToken, 'audit.page', { action: 'document.clauses_changed', order: 'oldest-first' })).events;
    expect(events.map((e) => (e.newValue as { clauses: string[] }).clauses)).toEqual([['5.2', '6.2'], ['5.2']]);
    const history = await t.core.call(team.controller, 'documents.history', { number: policy.number });
    expect(history.some((h) => h.action === 'document.clauses_changed')).toBe(true);
    // verify re-derives the mappings from the trail: a row written behind Quire's back is named.
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).ok).toBe(true);
    t.core.vault.db.prepare("INSERT INTO document_clauses (document_id, standard, clause, mapped_at, mapped_by) SELECT id, 'iso9001-2015', '9.2', '2026-01-01', 1 FROM documents WHERE number = ?").run(policy.number);
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'state', message: expect.stringContaining('["5.2","9.2"] in the vault, but the audit trail says ["5.2"]') }));
  }, 60_000);

  it('raises the findings an auditor would: training outstanding and overdue, external documents without a source, documents whose owner is disabled', async () => {
    const policy = await register('Quality policy');
    await releaseNewestDraft(t, team, policy.number);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await t.core.call(team.controller, 'training.assign', { number: policy.number, users: ['rhea'], dueDate: yesterday });
    await t.core.call(team.controller, 'training.assign', { number: policy.number, users: ['zhang'] });
    // A legacy record from before sources were required: an external standard registered without one.
    const external = await t.core.call(team.controller, 'documents.register', { type: 'EXT', title: 'EN 1234 Cleanrooms', external: { source: 'CEN' }, file: { path: t.file('en1234.txt', 'EN 1234\n') } });
    t.core.vault.db.prepare('UPDATE documents SET external_source = NULL WHERE number = ?').run(external.number);
    await t.core.call(t.adminToken, 'users.disable', { username: 'arun', reason: 'Left the company' });
    const { findings } = await t.core.call(team.controller, 'gapAnalysis.run', {});
    expect(findings.training.map((r) => [r.user, r.overdue])).toEqual([['rhea', true], ['zhang', false]]);
    expect(findings.externalWithoutSource.map((d) => d.number)).toEqual([external.number]);
    expect(findings.withoutOwner).toEqual([{ number: policy.number, title: 'Quality policy', owner: 'arun' }]);
    // The reader acknowledges: the finding is closed.
    await viewRevision(t.core, team.reader, policy.number);
    await t.core.call(team.reader, 'training.acknowledge', { number: policy.number, password: userPassword });
    expect((await t.core.call(team.controller, 'gapAnalysis.run', {})).findings.training.map((r) => r.user)).toEqual(['zhang']);
  }, 60_000);

  it('refuses a malformed standard data file when it is loaded', () => {
    expect(() => loadStandards([{ ...iso9001v2015, requiredInformation: [{ id: 'x', clause: '99.1', kind: 'maintain', what: 'Something' }] }])).toThrow(/names clause 99.1/);
    expect(loadStandards().map((s) => s.id)).toEqual(['iso9001-2015']);
  });
});
