import { useCallback, useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'drafts' }
  | { screen: 'article'; id: string }
  | { screen: 'newsroom' }
  | { screen: 'review' }
  | { screen: 'reviewArticle'; id: string }
  | { screen: 'photos' }
  | { screen: 'photoArticle'; id: string }
  | { screen: 'people' }
  | { screen: 'notifications' };

const fixed: Record<string, Route> = {
  '#/drafts': { screen: 'drafts' },
  '#/newsroom': { screen: 'newsroom' },
  '#/review': { screen: 'review' },
  '#/photos': { screen: 'photos' },
  '#/people': { screen: 'people' },
  '#/notifications': { screen: 'notifications' },
};

/**
 * `#/` → the person's home (the signed-in role picks it), `#/drafts`, `#/article/<id>`,
 * `#/newsroom` (sign-in), `#/review`, `#/review/<server id>`, `#/photos`, `#/photos/<server id>`,
 * `#/people`, `#/notifications`;
 * a reload keeps the screen.
 */
export function parseRoute(hash: string): Route {
  const known = fixed[hash];
  if (known) return known;
  const article = /^#\/article\/([0-9A-Za-z_-]{1,100})$/.exec(hash);
  if (article?.[1]) return { screen: 'article', id: article[1] };
  const review = /^#\/review\/([0-9A-Za-z_-]{1,100})$/.exec(hash);
  if (review?.[1]) return { screen: 'reviewArticle', id: review[1] };
  const photos = /^#\/photos\/([0-9A-Za-z_-]{1,100})$/.exec(hash);
  if (photos?.[1]) return { screen: 'photoArticle', id: photos[1] };
  return { screen: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'article':
      return `#/article/${route.id}`;
    case 'reviewArticle':
      return `#/review/${route.id}`;
    case 'photoArticle':
      return `#/photos/${route.id}`;
    default:
      return `#/${route.screen}`;
  }
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
