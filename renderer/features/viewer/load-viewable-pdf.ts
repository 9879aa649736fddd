import type { MethodResult } from '../../../shared/contract';
import type { SerializedQuireError } from '../../../shared/errors';
import { ApiError, call } from '../../api';

export type ViewablePdf = MethodResult<'revisions.viewPdf'>;

/**
 * The PDF the viewer shows for a revision: over IPC in the desktop app (bytes, not a path), from the
 * loopback host's api/view/<number>/<label> in a browser. A refusal comes back as an ApiError.
 */
export async function loadViewablePdf(number: string, label: string): Promise<ViewablePdf> {
  if (window.quire) return call('revisions.viewPdf', { number, label });
  let response: Response;
  try {
    response = await fetch(`api/view/${encodeURIComponent(number)}/${encodeURIComponent(label)}`, { headers: { 'X-Quire': '1' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'INTERNAL', params: { problem: 'unreachable' } });
  }
  if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    throw new ApiError(((await response.json()) as { error: SerializedQuireError }).error);
  }
  if (!response.ok) throw new ApiError({ code: 'INTERNAL', params: { problem: 'unreadable-answer', status: response.status } });
  const about = JSON.parse(decodeURIComponent(response.headers.get('X-Quire-View') ?? '')) as Omit<ViewablePdf, 'pdf'>;
  return { ...about, pdf: new Uint8Array(await response.arrayBuffer()) };
}
