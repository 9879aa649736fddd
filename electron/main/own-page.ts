// Our pages are served from app://quire/ (app-scheme.ts), never from file://. Checking a caller is then
// an origin comparison, whatever folder the app is installed in: file URLs of install paths with spaces,
// brackets, "~", "%", non-ASCII letters or a lower-case drive letter are encoded differently by Chromium
// and Node, and a prefix test on them refused our own window (or could accept a neighbouring folder).

export const appScheme = 'app';
export const appHost = 'quire';
export const rendererEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True only for a URL of our own renderer: scheme app:, host quire, nothing else (no credentials, no port). */
export function isOwnPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${appScheme}:` && parsed.hostname.toLowerCase() === appHost && parsed.port === '' && parsed.username === '' && parsed.password === '';
}
