import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { QuireCore } from '../../core/quire-core';
import { QuireCore as Core } from '../../core/quire-core';
import { createVault, type NewVault } from '../../core/vault/create-vault';
import { documentText, registerText } from '../commands/document-commands';
import { auditTrailText, verifyReportText } from '../commands/vault-commands';
import { signatureLine } from '../commands/workflow-commands';
import { copiesText } from '../commands/print-commands';
import { externalStandardNote, lineClearanceSopA, lineClearanceSopB, torqueWorkInstruction } from './demo-content';
import { userDataFolder } from '../../core/user-data-folder';

import { demoPasswords } from '../../../shared/demo-sign-ins';
import { declareViewing } from '../commands/declare-viewing';

export { demoPasswords };

async function signInAfterFirstChange(core: QuireCore, username: string, initial: string): Promise<string> {
  const { token } = await core.login(username, initial);
  await core.call(token, 'session.changePassword', { currentPassword: initial, newPassword: demoPasswords.others });
  return token;
}

/**
 * The main job until the desktop UI exists: a fresh vault in the user's data folder, taken through
 * everything the core can do — users and roles, registering documents, review, rejection, approval and
 * release with signatures, supersession, controlled copies issued, due for recall and recalled, prints,
 * read-and-understood, a refused call, a verified backup,
 * verification — then the register, the signatures and the audit trail, printed.
 *
 * `vault` passes further choices for the new vault (the UI tests' fixture uses it for cheaper password
 * hashing; the quire demo command and npm start never do).
 */
export async function runDemo(options: { folder?: string; out: (text: string) => void; vault?: Partial<Omit<NewVault, 'path' | 'admin'>> }): Promise<{ vaultPath: string }> {
  const folder = options.folder ?? path.join(userDataFolder(), 'demo');
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const vaultPath = path.join(folder, `demo-${stamp}.quire`);
  const files = path.join(folder, `demo-${stamp}-files`);
  mkdirSync(files, { recursive: true });
  const file = (name: string, text: string) => {
    const p = path.join(files, name);
    writeFileSync(p, text);
    return p;
  };
  const say = (text: string) => options.out(text);

  const vault = await createVault({ path: vaultPath, admin: { username: 'admin', fullName: 'Ada Admin', password: demoPasswords.admin }, workstation: os.hostname(), now: () => new Date(), ...options.vault });
  const core = new Core(vault);
  try {
    say(`Demo vault: ${vaultPath}`);
    const admin = (await core.login('admin', demoPasswords.admin)).token;
    const initial = 'Initial-pass-2026';
    for (const [username, fullName, roles] of [
      ['carol', 'Carol Controller', ['controller']],
      ['arun', 'Arun Author', ['author']],
      ['zhang', '张伟 (Zhang Wei)', ['reviewer']],
      ['lukasz', 'Łukasz Ñúñez', ['approver']],
    ] as const) {
      await core.call(admin, 'users.add', { username, fullName, roles: [...roles], initialPassword: initial });
    }
    say('Users: admin, carol (controller), arun (author), zhang (reviewer), lukasz (approver).');
    const carol = await signInAfterFirstChange(core, 'carol', initial);
    const arun = await signInAfterFirstChange(core, 'arun', initial);
    const zhang = await signInAfterFirstChange(core, 'zhang', initial);
    const lukasz = await signInAfterFirstChange(core, 'lukasz', initial);
    const password = demoPasswords.others;

    // SOP revision A: drafted, reviewed, approved, released.
    const sop = await core.call(arun, 'documents.register', { type: 'SOP', department: 'PRD', title: 'Line clearance before batch start', file: { path: file('line-clearance.md', lineClearanceSopA) } });
    await core.call(arun, 'revisions.submit', { number: sop.number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await declareViewing(core, zhang, sop.number, 'newest');
    await core.call(zhang, 'revisions.sign', { number: sop.number, meaning: 'reviewed', password, comment: 'Checked against the line layout.' });
    await declareViewing(core, lukasz, sop.number, 'newest');
    await core.call(lukasz, 'revisions.sign', { number: sop.number, meaning: 'approved', password });
    await core.call(carol, 'revisions.release', { number: sop.number, password });
    say(`${sop.number} revision A is effective.`);
    const copyOfA = await core.call(carol, 'prints.print', { number: sop.number, mode: 'controlled', copyholder: 'Packing line 1 supervisor', location: 'Packing hall, line 1', destination: path.join(folder, `demo-${stamp}-${sop.number}-A-controlled-copy-1.pdf`) });
    say(`Controlled copy No. ${copyOfA.copyNumber} of ${sop.number} A issued to ${copyOfA.copyholder}: ${copyOfA.path}`);

    // Revision B: rejected once, revised, approved; it supersedes A.
    await core.call(arun, 'revisions.createDraft', { number: sop.number, file: { path: file('line-clearance-b.md', lineClearanceSopB) }, changeSummary: 'Reject bins added to the check; QA inspector co-signs; QA line release added.', impact: { trainingNeeded: true, linkedDocumentsAffected: false, validationNeeded: false, note: 'Line operators and QA inspectors read the new check.' } });
    await core.call(arun, 'revisions.submit', { number: sop.number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await declareViewing(core, zhang, sop.number, 'newest');
    await core.call(zhang, 'revisions.sign', { number: sop.number, meaning: 'reviewed', password });
    await core.call(lukasz, 'revisions.reject', { number: sop.number, comment: 'Say who may release the line when QA is absent.' });
    say(`${sop.number} B.1 rejected by lukasz; back to draft as B.2.`);
    await core.call(arun, 'revisions.submit', { number: sop.number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await declareViewing(core, zhang, sop.number, 'newest');
    await core.call(zhang, 'revisions.sign', { number: sop.number, meaning: 'reviewed', password });
    await declareViewing(core, lukasz, sop.number, 'newest');
    await core.call(lukasz, 'revisions.sign', { number: sop.number, meaning: 'approved', password });
    const releasedB = await core.call(carol, 'revisions.release', { number: sop.number, password });
    say(`${sop.number} revision ${releasedB.revision} is effective; ${releasedB.superseded} is superseded.`);
    say(`Due for recall: ${(await core.call(carol, 'copies.dueForRecall', {})).map((c) => `${c.document} copy No. ${c.copyNumber} (${c.copyholder})`).join(', ')}`);
    await core.call(carol, 'copies.recall', { number: sop.number, copyNumber: copyOfA.copyNumber!, status: 'returned', password, comment: 'Collected from line 1 at shift change.' });
    say(`Controlled copy No. ${copyOfA.copyNumber} recorded as returned (signed by carol).`);
    const oldA = await core.call(zhang, 'prints.print', { number: sop.number, label: 'A', mode: 'uncontrolled', destination: path.join(folder, `demo-${stamp}-${sop.number}-A-uncontrolled.pdf`) });
    say(`Uncontrolled print of superseded revision A (watermarked SUPERSEDED): ${oldA.path}`);
    const copyOfB = await core.call(carol, 'prints.print', { number: sop.number, mode: 'controlled', copyholder: 'Packing line 1 supervisor', location: 'Packing hall, line 1', destination: path.join(folder, `demo-${stamp}-${sop.number}-B-controlled-copy-2.pdf`) });
    say(`Controlled copy No. ${copyOfB.copyNumber} of ${sop.number} ${copyOfB.revision}: ${copyOfB.path} (verification code ${copyOfB.verificationCode})`);
    await core.call(carol, 'training.assign', { number: sop.number, roles: ['reviewer', 'approver'] });
    await declareViewing(core, zhang, sop.number, 'effective');
    await core.call(zhang, 'training.acknowledge', { number: sop.number, password });

    await core.call(carol, 'documents.register', { type: 'WI', department: 'PRD', title: 'Torque setting of the capping head', file: { path: file('capping-torque.txt', torqueWorkInstruction) } });
    await core.call(carol, 'documents.register', { type: 'EXT', title: 'Quality management systems — Requirements', external: { source: 'ISO', reference: 'ISO 9001:2015' }, file: { path: file('iso-9001-note.txt', externalStandardNote) } });

    try {
      await core.call(admin, 'documents.register', { type: 'SOP', department: 'QA', title: 'Should be refused', file: { path: file('x.txt', 'x') } });
    } catch (error) {
      say(`Refused as expected — ${(error as Error).message}`);
    }

    const backup = await core.call(admin, 'vault.backup', { destination: path.join(folder, `demo-${stamp}-backup.quire`) });
    say(`Verified backup: ${backup.path}`);
    say('\nRegister\n========');
    say(registerText((await core.call(carol, 'documents.list', { limit: 500 })).documents));
    say(`\n${documentText(await core.call(carol, 'documents.get', { number: sop.number }))}`);
    say('\nSignatures\n==========');
    say((await core.call(carol, 'signatures.verify', { number: sop.number })).map((c) => `${c.valid ? '✓' : '✗'} ${signatureLine(c)}`).join('\n'));
    say('\nControlled copies\n=================');
    say(copiesText(await core.call(carol, 'copies.list', { number: sop.number })));
    say('\nRead and understood: outstanding');
    say((await core.call(carol, 'training.outstanding', { number: sop.number })).map((o) => `  ${o.user} (${o.fullName}) — ${o.document} ${o.revision}`).join('\n') || '  nobody');
    say('\nVerify\n======');
    say(verifyReportText(await core.call(admin, 'vault.verify', {})));
    say('\nAudit trail (newest last)\n=========================');
    say(auditTrailText(await core.call(carol, 'audit.list', {})));
    say(`\nSign in to this vault with the CLI, e.g.: QUIRE_PASSWORD='${demoPasswords.others}' npm run --silent quire -- doc list "${vaultPath}" --as carol`);
    return { vaultPath };
  } finally {
    core.close();
  }
}
