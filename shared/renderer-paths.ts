// How a URL path names a file of the built renderer, for both hosts that serve it (the desktop app's
// app:// scheme and the loopback host). Plain string work, no Node: each host joins the result to its own
// folder and reads the file itself.

const mediaTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  json: 'application/json',
  map: 'application/json',
};

/** The Content-Type of a renderer file, by its extension. */
export function mediaTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return mediaTypes[extension] ?? 'application/octet-stream';
}

/**
 * The renderer-relative path ("assets/x.js") a URL path names, with "." and ".." resolved inside the
 * renderer folder and backslashes treated as separators, so that no URL reaches outside it; "" for the
 * folder itself. Undecodable paths name the folder.
 */
export function rendererRelativePath(urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return '';
  }
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.' && !segment.includes('\0') && !/^[a-z]:$/i.test(segment)) segments.push(segment);
  }
  return segments.join('/');
}
