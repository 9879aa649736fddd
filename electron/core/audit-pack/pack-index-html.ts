import type { PackLink } from './audit-pack-section';
import { packProofFiles, type PackManifest } from './pack-manifest';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// Each path segment is URL-encoded, so a document number with a space or # still opens from file://.
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export interface IndexSection {
  title: string;
  description: string;
  links: PackLink[];
}

/**
 * The pack's front page: plain HTML with inline styles and no script, so it opens offline in any
 * browser from file:// and every link is a relative path to a file beside it.
 */
export function packIndexHtml(manifest: Omit<PackManifest, 'files'>, sections: IndexSection[]): string {
  const head = manifest.chainHead ? `event ${manifest.chainHead.eventId}, hash ${manifest.chainHead.hash}` : 'no events';
  const body = sections
    .map(
      (s) => `<section><h2>${escapeHtml(s.title)}</h2><p>${escapeHtml(s.description)}</p>${
        s.links.length ? `<ul>${s.links.map((l) => `<li><a href="${href(l.path)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul>` : '<p><em>Nothing to show.</em></p>'
      }</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audit evidence pack</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ccc}dt{font-weight:600}dd{margin:0 0 .4rem;font-family:ui-monospace,monospace;word-break:break-all}code{background:#f3f3f3;padding:0 .2rem}</style>
</head><body>
<h1>Audit evidence pack</h1>
<dl>
<dt>Vault</dt><dd>${escapeHtml(manifest.vaultId)}</dd>
<dt>Audit trail chain head</dt><dd>${escapeHtml(head)}</dd>
<dt>Exported</dt><dd>${escapeHtml(manifest.exportedAtUtc)} by ${escapeHtml(manifest.exportedBy.printedName)} (${escapeHtml(manifest.exportedBy.username)})</dd>
<dt>Period of the audit trail</dt><dd>${escapeHtml(manifest.period.from ?? 'from the start')} – ${escapeHtml(manifest.period.to ?? 'today')}</dd>
<dt>Documents</dt><dd>${escapeHtml(manifest.documents ? manifest.documents.join(', ') : 'all')}</dd>
</dl>
${body}
<section><h2>Checking this pack</h2>
<p><a href="${packProofFiles.manifest}">manifest.json</a> lists every file with its SHA-256; <a href="SHA256SUMS">SHA256SUMS</a> holds the same for <code>sha256sum -c SHA256SUMS</code>.
The manifest is signed with the exporter's Ed25519 key (key id ${escapeHtml(manifest.exportedBy.keyId)}):
<a href="${packProofFiles.signature}">manifest.sig</a> (base64) and <a href="${packProofFiles.publicKey}">${packProofFiles.publicKey}</a>. With OpenSSL 3:</p>
<pre>openssl base64 -d -A -in manifest.sig -out manifest.sig.bin
openssl pkeyutl -verify -pubin -inkey signer-public-key.pem -rawin -in manifest.json -sigfile manifest.sig.bin
openssl pkey -pubin -in signer-public-key.pem -outform DER | openssl dgst -sha256 -r</pre>
<p>The last line must print the key id above; compare it with the signer's key id in the vault. <code>quire audit-pack verify &lt;pack.zip&gt;</code> does all of this without the vault.</p>
</section>
</body></html>
`;
}
