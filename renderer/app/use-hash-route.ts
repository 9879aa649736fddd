import { useEffect, useState } from 'react';

export type Route = { screen: 'home' } | { screen: 'reviews' } | { screen: 'training' } | { screen: 'register' } | { screen: 'inbox' } | { screen: 'verify' } | { screen: 'recall' } | { screen: 'new-document' } | { screen: 'document'; number: string };

/** The screen named by the URL hash: #/home (also the empty hash: the page after sign-in), #/reviews, #/training, #/register, #/inbox, #/new, #/verify, #/recall, #/documents/<number>. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === '' || parts[0] === 'home') return { screen: 'home' };
  if (parts[0] === 'reviews') return { screen: 'reviews' };
  if (parts[0] === 'training') return { screen: 'training' };
  if (parts[0] === 'inbox') return { screen: 'inbox' };
  if (parts[0] === 'new') return { screen: 'new-document' };
  if (parts[0] === 'verify') return { screen: 'verify' };
  if (parts[0] === 'recall') return { screen: 'recall' };
  if (parts[0] === 'documents' && parts[1]) return { screen: 'document', number: decodeURIComponent(parts.slice(1).join('/')) };
  return { screen: 'register' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/home';
    case 'reviews':
      return '#/reviews';
    case 'training':
      return '#/training';
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
    default:
      return '#/register';
  }
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
