/**
 * What a signer declares by signing (21 CFR 11.50(a)(3)). A closed list, so a manifest can never carry a
 * meaning the UI cannot print; adding one is a code change reviewed like any other.
 */
export const signatureMeanings = [
  'authored',
  'reviewed',
  'approved',
  'rejected',
  'released',
  'withdrawn',
  'read-and-understood',
  'periodic-review',
] as const;

export type SignatureMeaning = (typeof signatureMeanings)[number];

/** Guarantees that `value` is one of the signature meanings. */
export function isSignatureMeaning(value: unknown): value is SignatureMeaning {
  return typeof value === 'string' && (signatureMeanings as readonly string[]).includes(value);
}
