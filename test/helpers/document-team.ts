import { viewRevision } from './view-revision';
import { userPassword, type TestVault } from './temp-vault';

/** The people a controlled document passes through, signed in; printed names in several scripts. */
export interface DocumentTeam {
  author: string;
  reviewer: string;
  approver: string;
  controller: string;
  reader: string;
}

export async function addDocumentTeam(t: TestVault): Promise<DocumentTeam> {
  return {
    author: await t.addSignedInUser('arun', 'Arun Author', ['author']),
    reviewer: await t.addSignedInUser('zhang', '张伟', ['reviewer']),
    approver: await t.addSignedInUser('lukasz', 'Łukasz Ñúñez', ['approver']),
    controller: await t.addSignedInUser('carol', 'Carol Controller', ['controller']),
    reader: await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']),
  };
}

/** Takes a document's newest draft through review, approval and release: it becomes effective today. */
export async function releaseNewestDraft(t: TestVault, team: DocumentTeam, number: string): Promise<void> {
  await t.core.call(team.author, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
  await viewRevision(t.core, team.reviewer, number);
  await t.core.call(team.reviewer, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
  await viewRevision(t.core, team.approver, number);
  await t.core.call(team.approver, 'revisions.sign', { number, meaning: 'approved', password: userPassword });
  await t.core.call(team.controller, 'revisions.release', { number, password: userPassword });
}

/** Registers a document from a file and makes revision A effective; returns its number. */
export async function registerEffectiveDocument(t: TestVault, team: DocumentTeam, title: string, file: string): Promise<string> {
  const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title, file: { path: file } });
  await releaseNewestDraft(t, team, doc.number);
  return doc.number;
}
