// `npm run dist:win` / `npm run dist:mac`: says whether the installers will be signed (and notarised), then
// runs electron-builder with --publish never. Signing material comes only from environment variables:
//   Windows: CSC_LINK (.pfx path, URL or base64) and CSC_KEY_PASSWORD.
//   macOS:   CSC_LINK and CSC_KEY_PASSWORD (Developer ID Application certificate); notarisation with
//            APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID and
//            APPLE_API_ISSUER). Without them the build goes on, unsigned, and says so here.
// Extra arguments go to electron-builder (e.g. --dir, -c.directories.output=release-smoke).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [target, ...extra] = process.argv.slice(2);
if (target !== '--win' && target !== '--mac') {
  console.error('Usage: node scripts/package-installers.mjs --win|--mac [electron-builder options]');
  process.exit(2);
}
const env = { ...process.env };
const has = (...names) => names.every((name) => Boolean(env[name]));
if (!has('CSC_LINK')) {
  // Without a certificate, do not let electron-builder pick some identity from the keychain either.
  env.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  console.log(
    target === '--win'
      ? 'Signing skipped: CSC_LINK and CSC_KEY_PASSWORD are not set, so the installer is unsigned (Windows SmartScreen will warn).'
      : 'Signing and notarisation skipped: CSC_LINK and CSC_KEY_PASSWORD are not set, so the DMGs are unsigned (Gatekeeper will refuse them until allowed in System Settings).',
  );
} else if (target === '--mac' && !has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') && !has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')) {
  console.log('Notarisation skipped: set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or the APPLE_API_KEY trio) to notarise the signed app.');
} else {
  console.log(`Signing with the certificate in CSC_LINK${target === '--mac' ? ', then notarising' : ''}.`);
}
const builder = path.join(import.meta.dirname, '..', 'node_modules', 'electron-builder', 'cli.js');
const run = spawnSync(process.execPath, [builder, target, '--publish', 'never', ...extra], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
