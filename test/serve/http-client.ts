import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  bytes: Buffer;
  json(): { ok: boolean; result?: unknown; error?: { code: string; params?: object; message?: string } };
}

/** A raw HTTP request with full control over Host, Origin and cookies (fetch would set them itself). */
export function httpRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const body = bytes.toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, bytes, json: () => JSON.parse(body) });
      });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** What our own page sends with an API call. */
export function pageHeaders(port: number, cookie?: string): Record<string, string> {
  return {
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    'X-Quire': '1',
    'Content-Type': 'application/json',
    ...(cookie ? { Cookie: cookie } : {}),
  };
}

/** The name=value part of a Set-Cookie answer. */
export function cookieOf(answer: HttpAnswer): string {
  const set = answer.headers['set-cookie']?.[0];
  if (!set) throw new Error('no Set-Cookie');
  return set.split(';')[0]!;
}
