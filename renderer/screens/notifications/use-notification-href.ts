import { useCallback } from 'react';
import { useDeskQuery } from '../../api/use-desk-query';

/**
 * Where a notification opens its article: the review desk for editors, the photo desk for photo
 * editors, the person's own draft otherwise (null when this desk holds no draft of it).
 */
export function useNotificationHref(): (articleId: string) => string | null {
  const session = useDeskQuery('newsroom:state', {});
  const sync = useDeskQuery('sync:list', {});
  const role = session.data?.user?.role;
  const items = sync.data?.items;
  return useCallback(
    (articleId: string) => {
      if (role === 'chief_editor' || role === 'admin') return `#/review/${articleId}`;
      if (role === 'photo_editor') return `#/photos/${articleId}`;
      const draft = Object.entries(items ?? {}).find(([, state]) => 'serverId' in state && state.serverId === articleId);
      return draft ? `#/article/${draft[0]}` : null;
    },
    [role, items],
  );
}
