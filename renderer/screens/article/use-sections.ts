import { useEffect, useState } from 'react';
import type { DeskResponse } from '../../../shared/desk-api';
import { defaultSections } from '../../../shared/sections/default-sections';
import { useDesk } from '../../api/desk-context';

export type SectionChoices = DeskResponse<'sections:list'>;

/**
 * The newsroom's sections for the select and the checklist. The standard list until the desk
 * answers (and if it cannot), so the select is never empty.
 */
export function useSections(): SectionChoices {
  const desk = useDesk();
  const [choices, setChoices] = useState<SectionChoices>({ sections: [...defaultSections], source: 'default' });
  useEffect(() => {
    let cancelled = false;
    void desk.call('sections:list', {}).then((result) => {
      if (!cancelled && result.ok) setChoices(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [desk]);
  return choices;
}
