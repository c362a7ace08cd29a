import { useEffect, useState } from 'react';
import type { DraftTags } from '../../../shared/desk-api';
import { useDesk } from '../../api/desk-context';

/** Suggestions for Tags and Topics: what local drafts already use. Empty until loaded or on error. */
export function useDraftTags(): DraftTags {
  const desk = useDesk();
  const [suggestions, setSuggestions] = useState<DraftTags>({ tags: [], topics: [] });
  useEffect(() => {
    let cancelled = false;
    void desk.call('drafts:tags', {}).then((result) => {
      if (!cancelled && result.ok) setSuggestions(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [desk]);
  return suggestions;
}
