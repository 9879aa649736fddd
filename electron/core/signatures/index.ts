// The cryptographic core of Part 11 electronic signatures: plain Node, no database, no Electron.
export { createSigningKey, type SigningKey } from './create-signing-key';
export { unlockSigningKey } from './unlock-signing-key';
export { rewrapSigningKey } from './rewrap-signing-key';
export { signingKeyId } from './signing-key-id';
export { signingKeyBinding, type SigningKeyBinding } from './signing-key-binding';
export { signingKeyScryptParams, type ScryptParams } from './derive-wrapping-key';
export { signingKeyEnvelopeFormat, type SigningKeyEnvelope } from './signing-key-envelope';
export {
  canonicalSignatureManifest,
  signatureManifestFormat,
  type SignatureManifestFields,
} from './canonical-signature-manifest';
export { parseSignatureManifest } from './parse-signature-manifest';
export { signatureManifestSha256 } from './signature-manifest-sha256';
export { signManifest } from './sign-manifest';
export { verifyManifestSignature } from './verify-manifest-signature';
export { localTimeZoneAt, type LocalTimeZone } from './local-time-zone-at';
export { signatureMeanings, isSignatureMeaning, type SignatureMeaning } from './signature-meanings';
export { canonicalJson, type CanonicalJsonValue } from './canonical-json';
