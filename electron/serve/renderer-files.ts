import { statSync } from 'node:fs';
import path from 'node:path';

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The Content-Type of a renderer file. */
export function mediaTypeOf(file: string): string {
  return mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file of the built renderer a URL path names: unknown paths get index.html (the page routes by
 * hash), and nothing outside staticDir is reachable whatever the path says. Null when not built.
 * Used by the loopback host and by the desktop app's app:// scheme alike.
 */
export function rendererFileFor(staticDir: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    relative = '/';
  }
  const root = path.resolve(staticDir);
  let file = path.resolve(root, `.${path.posix.normalize(relative.replaceAll('\\', '/'))}`);
  if (file !== root && !file.startsWith(root + path.sep)) file = root;
  if (!isFile(file)) file = path.join(root, 'index.html');
  return isFile(file) ? file : null;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
