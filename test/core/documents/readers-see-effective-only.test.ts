import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/errors';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// A reader works to what is in force. Drafts, revisions in review, rejected and superseded ones are
// for the people who work on the document; the core refuses them to everyone else, whatever door
// they knock on, and names the effective revision instead.
describe('a reader sees only the effective revision', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let rita: string;
  let sop: string;
  let wi: string;
  const text = (what: string) => `Line clearance (${what}).\n1. Remove every label of the previous batch.\n`;
  // Each revision a reader may not open, with its state, and the effective one of its document.
  let hidden: { number: string; label: string; state: string; effective: string }[];

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    rita = await t.addSignedInUser('rita', 'Rita Reviewer', ['reviewer']);
    // SOP: A superseded, B effective, C.1 rejected, C.2 in review.
    sop = (await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Line clearance', file: { path: t.file('a.txt', text('A')) } })).number;
    await releaseNewestDraft(t, team, sop);
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: sop, file: { path: t.file('b.txt', text('B')) }, changeSummary: 'B.' });
    await releaseNewestDraft(t, team, sop);
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: sop, file: { path: t.file('c.txt', text('C secret draft')) }, changeSummary: 'C.' });
    await t.core.call(team.author, 'revisions.submit', { number: sop, reviewers: ['zhang'], approvers: ['lukasz'] });
    await t.core.call(team.reviewer, 'revisions.reject', { number: sop, comment: 'Step 2 is missing.' });
    await t.core.call(team.author, 'revisions.submit', { number: sop, reviewers: ['zhang'], approvers: ['lukasz'] });
    // WI: A effective, B.1 draft.
    wi = (await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: 'Label check', file: { path: t.file('wa.txt', text('WI A')) } })).number;
    await releaseNewestDraft(t, team, wi);
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: wi, file: { path: t.file('wb.txt', text('WI B draft')) }, changeSummary: 'B.' });
    hidden = [
      { number: sop, label: 'A', state: 'superseded', effective: 'B' },
      { number: sop, label: 'C.1', state: 'rejected', effective: 'B' },
      { number: sop, label: 'C.2', state: 'in_review', effective: 'B' },
      { number: wi, label: 'B.1', state: 'draft', effective: 'A' },
    ];
  }, 600_000); // about twenty scrypt checks (users and signatures): slow on a loaded machine
  afterAll(() => t.cleanup());

  const out = (name: string) => path.join(t.dir, name);
  const refusedWith = async (act: Promise<unknown>, code: ErrorCode, ...says: RegExp[]) => {
    const error = await act.then(() => null, (e: Error & { code: string }) => e);
    expect(error, 'expected a refusal').not.toBeNull();
    expect(error!.code).toBe(code);
    for (const s of says) expect(error!.message).toMatch(s);
  };

  it('is refused each non-effective revision by content export, print, comparison and comparison report, with a code naming the effective one', async () => {
    const denialsBefore = t.core.vault.db.prepare("SELECT count(*) FROM audit_events WHERE action = 'access.denied' AND entity_type = 'revision'").pluck().get() as number;
    for (const { number, label, state, effective } of hidden) {
      const says = [new RegExp(`${number} ${label.replace('.', '\\.')} is ${state.replace('_', ' ')}`), new RegExp(`sees only the revision in force, ${effective}`)];
      await refusedWith(t.core.call(team.reader, 'revisions.exportContent', { number, label, destination: out(`${number}-${label}.bin`) }), 'REVISION_NOT_VISIBLE', ...says);
      await refusedWith(t.core.call(team.reader, 'prints.print', { number, label, mode: 'uncontrolled', destination: out(`${number}-${label}.pdf`) }), 'REVISION_NOT_VISIBLE', ...says);
      await refusedWith(t.core.call(team.reader, 'revisions.compare', { number, from: effective, to: label }), 'REVISION_NOT_VISIBLE', ...says);
      await refusedWith(t.core.call(team.reader, 'revisions.compareReport', { number, from: label, to: effective, destination: out(`${number}-${label}-report.pdf`) }), 'REVISION_NOT_VISIBLE', ...says);
    }
    const denials = t.core.vault.db.prepare("SELECT count(*) FROM audit_events WHERE action = 'access.denied' AND entity_type = 'revision'").pluck().get() as number;
    expect(denials - denialsBefore).toBe(hidden.length * 4);
  });

  it('gets the effective revision: its content, an uncontrolled print of it, and the register showing only it', async () => {
    const exported = await t.core.call(team.reader, 'revisions.exportContent', { number: sop, label: 'B', destination: out('b-export.txt') });
    expect(exported.size).toBe(Buffer.byteLength(text('B')));
    const printed = await t.core.call(team.reader, 'prints.print', { number: sop, mode: 'uncontrolled', destination: out('sop-reader.pdf') });
    expect(printed).toMatchObject({ revision: 'B', revisionState: 'effective' });

    const detail = await t.core.call(team.reader, 'documents.get', { number: sop });
    expect(detail.revisions.map((r) => [r.label, r.state])).toEqual([['B', 'effective']]);
    expect(detail.currentRevision).toEqual({ label: 'B', state: 'effective' });
    const register = (await t.core.call(team.reader, 'documents.list', {})).documents;
    expect(Object.fromEntries(register.map((d) => [d.number, d.currentRevision]))).toEqual({ [sop]: { label: 'B', state: 'effective' }, [wi]: { label: 'A', state: 'effective' } });
    // The people who work on documents keep seeing everything.
    expect((await t.core.call(team.controller, 'documents.get', { number: sop })).revisions.map((r) => r.label)).toEqual(['A', 'B', 'C.1', 'C.2']);
  });

  it('reads the history as metadata: every act on every revision, and none of their content', async () => {
    const history = await t.core.call(team.reader, 'documents.history', { number: sop });
    expect(history.filter((h) => h.revision === 'C.1').map((h) => h.action)).toEqual(expect.arrayContaining(['revision.submitted', 'revision.rejected']));
    expect(JSON.stringify(history)).not.toContain('secret draft');
  });

  it('lets a pending reviewer or approver of the route open that revision, and no other reviewer', async () => {
    const exported = await t.core.call(team.reviewer, 'revisions.exportContent', { number: sop, label: 'C.2', destination: out('zhang-c2.txt') });
    expect(exported.size).toBe(Buffer.byteLength(text('C secret draft')));
    const compared = await t.core.call(team.approver, 'revisions.compare', { number: sop, from: 'B', to: 'C.2' });
    expect(compared.new.label).toBe('C.2');
    expect((await t.core.call(team.reviewer, 'documents.get', { number: sop })).revisions.map((r) => r.label)).toEqual(expect.arrayContaining(['B', 'C.1', 'C.2']));
    await refusedWith(t.core.call(rita, 'revisions.exportContent', { number: sop, label: 'C.2', destination: out('rita-c2.txt') }), 'REVISION_NOT_VISIBLE');
    await refusedWith(t.core.call(rita, 'revisions.exportContent', { number: wi, label: 'B.1', destination: out('rita-wb1.txt') }), 'REVISION_NOT_VISIBLE');
    // An administrator is not a document worker: the same rule as a reader.
    await refusedWith(t.core.call(t.adminToken, 'revisions.exportContent', { number: wi, label: 'B.1', destination: out('admin-wb1.txt') }), 'REVISION_NOT_VISIBLE');
  });
});
