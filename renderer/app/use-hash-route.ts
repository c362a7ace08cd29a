import { useCallback, useSyncExternalStore } from 'react';

export type Route = { screen: 'drafts' } | { screen: 'article'; id: string } | { screen: 'newsroom' };

/** `#/` → drafts list, `#/article/<id>` → article screen, `#/newsroom` → sign-in; a reload keeps the screen. */
export function parseRoute(hash: string): Route {
  if (hash === '#/newsroom') return { screen: 'newsroom' };
  const match = /^#\/article\/([0-9A-Za-z_-]{1,100})$/.exec(hash);
  return match?.[1] ? { screen: 'article', id: match[1] } : { screen: 'drafts' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'newsroom') return '#/newsroom';
  return route.screen === 'article' ? `#/article/${route.id}` : '#/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
