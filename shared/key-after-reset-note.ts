import type { Signature } from './contract';

/**
 * What a record, a listing or a print says of a signature whose key was issued after an
 * administrator reset the signer's password (that administrator knew the password the key came
 * from); null for any other signature. The wording is fixed: it is printed on signature manifests.
 */
export function keyAfterResetNote(signature: Pick<Signature, 'keyIssuedAfterReset'>): string | null {
  const mark = signature.keyIssuedAfterReset;
  if (!mark) return null;
  return mark.identityConfirmedBy
    ? `signing key issued after an administrator's password reset; identity confirmed by ${mark.identityConfirmedBy} on ${mark.identityConfirmedAt ?? '?'}`
    : "signing key issued after an administrator's password reset; identity NOT confirmed by another controller or administrator";
}
