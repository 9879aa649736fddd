import { useEffect, useState } from 'react';
import { changeRequestStates, type ChangeRequestState } from '../../shared/contract/change-methods';

export type Route = { screen: 'home' } | { screen: 'reviews' } | { screen: 'training' } | { screen: 'training-matrix'; job?: string } | { screen: 'register'; query?: string } | { screen: 'inbox' } | { screen: 'verify' } | { screen: 'recall' } | { screen: 'new-document' } | { screen: 'document'; number: string }
  | { screen: 'viewer'; number: string; label: string; page?: number; find?: string }
  | { screen: 'search'; query: string } | { screen: 'import' } | AdminRoute | { screen: 'not-found'; hash: string }
  | { screen: 'dcrs'; status?: ChangeRequestState }
  | { screen: 'gap-analysis' } | { screen: 'audit-pack' };

/** The administrator's screens (#/admin/<page>) and the vault-wide audit trail (#/audit?<filters>). */
export type AdminRoute = { screen: 'admin'; page: AdminPage } | { screen: 'audit'; filters: AuditRouteFilters };
export const adminPages = ['users', 'backup', 'types', 'routes', 'settings'] as const;
export type AdminPage = (typeof adminPages)[number];
/** The audit trail's filters and page, kept in the address so Back and reload keep them. */
export type AuditRouteFilters = Partial<Record<'user' | 'action' | 'document' | 'from' | 'to' | 'page', string>>;
const auditFilterKeys = ['user', 'action', 'document', 'from', 'to', 'page'] as const;

/** The screen named by the URL hash: #/home (also the empty hash: the page after sign-in), #/reviews, #/training, #/register, #/inbox, #/new, #/verify, #/recall, #/documents/<number>, #/admin/<page>, #/audit?…; anything else is not found. */
export function parseRoute(hash: string): Route {
  // #/register?type=SOP&sort=title: the register's filters and sort travel in the address (Back and reload keep them).
  const register = /^#?\/?register(?:\?(.*))?$/.exec(hash);
  if (register) return { screen: 'register', query: register[1] ?? '' };
  const search = /^#?\/?search(?:\?(.*))?$/.exec(hash);
  if (search) return { screen: 'search', query: new URLSearchParams(search[1] ?? '').get('q') ?? '' };
  const viewer = /^#?\/?documents\/(.+)\/revisions\/([^/?]+)\/view(?:\?(.*))?$/.exec(hash);
  if (viewer) return viewerRoute(viewer[1]!, viewer[2]!, new URLSearchParams(viewer[3] ?? ''));
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  if (parts[0] === 'admin' && (adminPages as readonly string[]).includes(parts[1] ?? '') && parts.length === 2) return { screen: 'admin', page: parts[1] as AdminPage };
  if (parts[0] === 'audit' && parts.length === 1) {
    const params = new URLSearchParams(query);
    return { screen: 'audit', filters: Object.fromEntries(auditFilterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : []))) };
  }
  if (path === '' || parts[0] === 'home') return { screen: 'home' };
  if (parts[0] === 'reviews') return { screen: 'reviews' };
  if (parts[0] === 'training' && parts[1] === 'matrix') return { screen: 'training-matrix', ...(new URLSearchParams(query).get('job') ? { job: new URLSearchParams(query).get('job')! } : {}) };
  if (parts[0] === 'training') return { screen: 'training' };
  if (parts[0] === 'inbox') return { screen: 'inbox' };
  if (parts[0] === 'new') return { screen: 'new-document' };
  if (parts[0] === 'verify') return { screen: 'verify' };
  if (parts[0] === 'recall') return { screen: 'recall' };
  if (parts[0] === 'import') return { screen: 'import' };
  // #/dcrs?status=open: the change request register, filtered by status.
  if (parts[0] === 'dcrs' && parts.length === 1) {
    const status = new URLSearchParams(query).get('status') ?? '';
    return (changeRequestStates as readonly string[]).includes(status) ? { screen: 'dcrs', status: status as ChangeRequestState } : { screen: 'dcrs' };
  }
  if (path === 'gap-analysis' || path === 'audit-pack') return { screen: path };
  if (parts[0] === 'documents' && parts[1]) return { screen: 'document', number: decodeURIComponent(parts.slice(1).join('/')) };
  return { screen: 'not-found', hash };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/home';
    case 'reviews':
      return '#/reviews';
    case 'training':
      return '#/training';
    case 'training-matrix':
      return route.job ? `#/training/matrix?${new URLSearchParams({ job: route.job }).toString()}` : '#/training/matrix';
    case 'inbox':
      return '#/inbox';
    case 'new-document':
      return '#/new';
    case 'verify':
      return '#/verify';
    case 'recall':
      return '#/recall';
    case 'import':
      return '#/import';
    case 'dcrs':
      return route.status ? `#/dcrs?status=${route.status}` : '#/dcrs';
    case 'gap-analysis':
    case 'audit-pack':
      return `#/${route.screen}`;
    case 'document':
      return `#/documents/${encodeURIComponent(route.number)}`;
    case 'viewer':
      return viewerHref(route);
    case 'admin':
      return `#/admin/${route.page}`;
    case 'audit': {
      const query = new URLSearchParams(Object.entries(route.filters).filter(([, value]) => value)).toString();
      return `#/audit${query ? `?${query}` : ''}`;
    }
    case 'not-found':
      return route.hash;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
    default:
      return route.query ? `#/register?${route.query}` : '#/register';
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
