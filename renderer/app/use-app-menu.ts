import { useState } from 'react';
import type { DeskErrorBody } from '../../shared/result';
import { useDesk } from '../api/desk-context';
import { useDeskEvent } from '../api/use-desk-event';
import type { Route } from './use-hash-route';

/**
 * File ▸ New article and File ▸ Import… from the native menu, wherever the person is: each opens
 * the new or imported draft. Returns what went wrong, for the app's notices.
 */
export function useAppMenu(navigate: (route: Route) => void): DeskErrorBody | null {
  const desk = useDesk();
  const [error, setError] = useState<DeskErrorBody | null>(null);
  useDeskEvent('menu:newArticle', () => {
    void desk.call('drafts:create', {}).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) navigate({ screen: 'article', id: result.value.id });
    });
  });
  useDeskEvent('menu:import', (file) => {
    void desk.call('drafts:import', file).then((result) => {
      setError(result.ok ? null : result.error);
      if (!result.ok) return;
      // A file imported before is not imported again from the menu: its draft opens instead
      // (the drafts screen's Import… asks whether to replace it or make a new one).
      const id = result.value.outcome === 'imported' ? result.value.article.id : result.value.existing.id;
      navigate({ screen: 'article', id });
    });
  });
  return error;
}
