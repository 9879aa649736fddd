import type { QuireCore } from '../../electron/core/quire-core';

/**
 * What the viewer does before a signature: the signer is shown the revision's pages, and that is
 * recorded (revisions.recordViewing). `which` picks the revision a signing act is about: the newest
 * (a review or approval) or the effective one (acknowledgement, periodic review, withdrawal).
 */
export async function viewRevision(core: QuireCore, token: string, number: string, which: 'newest' | 'effective' = 'newest', pages = { shown: 1, of: 1 }): Promise<void> {
  const document = await core.call(token, 'documents.get', { number });
  const revision = which === 'effective' ? document.revisions.findLast((r) => r.state === 'effective') : document.revisions.at(-1);
  if (!revision) throw new Error(`${number} has no ${which} revision to view.`);
  await core.call(token, 'revisions.recordViewing', { number, label: revision.label, contentSha256: revision.sha256, pages });
}
