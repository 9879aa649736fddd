import type { QuireCore } from '../../core/quire-core';

/**
 * The CLI's --viewed: the signer declares they opened the revision's file (exported with "quire rev
 * export"), and that is recorded as a declared viewing before the signature, which needs one.
 * `which` is the revision the act is about: the newest (a review or approval) or the effective one
 * (acknowledgement, periodic review, withdrawal; the newest when none is effective).
 */
export async function declareViewing(core: QuireCore, token: string, number: string, which: 'newest' | 'effective'): Promise<void> {
  const document = await core.call(token, 'documents.get', { number });
  const revision = (which === 'effective' ? document.revisions.findLast((r) => r.state === 'effective') : undefined) ?? document.revisions.at(-1);
  // Nothing this caller may see: the signing call that follows says why.
  if (!revision) return;
  await core.call(token, 'revisions.recordViewing', { number: document.number, label: revision.label, contentSha256: revision.sha256 });
}
