import { useEffect, useState } from 'react';

export type Route = { screen: 'register' } | { screen: 'inbox' } | { screen: 'verify' } | { screen: 'recall' } | { screen: 'new-document' } | { screen: 'document'; number: string }
  | { screen: 'viewer'; number: string; label: string; page?: number; find?: string };

/** The screen named by the URL hash: #/register, #/inbox, #/new, #/verify, #/recall, #/documents/<number>. */
export function parseRoute(hash: string): Route {
  const viewer = /^#?\/?documents\/(.+)\/revisions\/([^/?]+)\/view(?:\?(.*))?$/.exec(hash);
  if (viewer) return viewerRoute(viewer[1]!, viewer[2]!, new URLSearchParams(viewer[3] ?? ''));
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'inbox') return { screen: 'inbox' };
  if (parts[0] === 'new') return { screen: 'new-document' };
  if (parts[0] === 'verify') return { screen: 'verify' };
  if (parts[0] === 'recall') return { screen: 'recall' };
  if (parts[0] === 'documents' && parts[1]) return { screen: 'document', number: decodeURIComponent(parts.slice(1).join('/')) };
  return { screen: 'register' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'inbox':
      return '#/inbox';
    case 'new-document':
      return '#/new';
    case 'verify':
      return '#/verify';
    case 'recall':
      return '#/recall';
    case 'document':
      return `#/documents/${encodeURIComponent(route.number)}`;
    case 'viewer':
      return viewerHref(route);
    default:
      return '#/register';
  }
}

/** #/documents/<number>/revisions/<label>/view?page=<n>&find=<text>: the document viewer. */
function viewerRoute(number: string, label: string, query: URLSearchParams): Route {
  const page = Number(query.get('page'));
  const find = query.get('find');
  return { screen: 'viewer', number: decodeURIComponent(number), label: decodeURIComponent(label), ...(Number.isInteger(page) && page > 0 ? { page } : {}), ...(find ? { find } : {}) };
}

function viewerHref(route: Extract<Route, { screen: 'viewer' }>): string {
  const query = new URLSearchParams();
  if (route.page && route.page > 1) query.set('page', String(route.page));
  if (route.find) query.set('find', route.find);
  return `#/documents/${encodeURIComponent(route.number)}/revisions/${encodeURIComponent(route.label)}/view${query.size ? `?${query}` : ''}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, following hash changes (back and forward work as users expect). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
