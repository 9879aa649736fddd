import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalSignatureManifest, parseSignatureManifest, signingKeyId, verifyManifestSignature } from '../../../electron/core/signatures';

// The worked example an auditor follows in docs/signature-manifest.md must stay true as the code changes.
const doc = readFileSync(new URL('../../../docs/signature-manifest.md', import.meta.url), 'utf8');

function fencedAfter(label: string): string {
  const block = new RegExp(`\`${label}\`[^\\n]*:\\n\\n\`\`\`\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!block?.[1]) throw new Error(`No example for ${label} in the documentation.`);
  return block[1];
}

describe('the worked example in docs/signature-manifest.md', () => {
  it('verifies, names its key and is canonical', () => {
    const manifest = fencedAfter('manifest.txt');
    const publicKeyPem = `${fencedAfter('pub.pem')}\n`;
    const signature = fencedAfter('sig.b64');
    expect(verifyManifestSignature(manifest, signature, publicKeyPem)).toBe(true);
    expect(parseSignatureManifest(manifest).signerKeyId).toBe(signingKeyId(publicKeyPem));
    expect(canonicalSignatureManifest(parseSignatureManifest(manifest))).toBe(manifest);
  });
});
