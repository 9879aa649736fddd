import { signatureMeanings, type SignatureMeaning } from '../../../shared/contract/workflow-methods';

// What a signer declares by signing (21 CFR 11.50(a)(3)): one closed list, kept in the shared contract.
export { signatureMeanings, type SignatureMeaning };

/** Guarantees that `value` is one of the signature meanings. */
export function isSignatureMeaning(value: unknown): value is SignatureMeaning {
  return typeof value === 'string' && (signatureMeanings as readonly string[]).includes(value);
}
