import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { mediaTypeOf, rendererRelativePath } from '../../shared/renderer-paths';

/** Serves a file of the built renderer; unknown paths get index.html, nothing outside staticDir is reachable. */
export function serveStaticFile(staticDir: string, urlPath: string, response: ServerResponse): void {
  const named = path.join(staticDir, rendererRelativePath(urlPath));
  const file = isFile(named) ? named : path.join(staticDir, 'index.html');
  if (!isFile(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The Quire renderer is not built. Run "npm run build:renderer", then reload.\n');
    return;
  }
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(200, {
    'Content-Type': mediaTypeOf(file),
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(response);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
