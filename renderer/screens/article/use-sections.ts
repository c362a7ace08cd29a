import type { DeskResponse } from '../../../shared/desk-api';
import { defaultSections } from '../../../shared/sections/default-sections';
import { useDeskQuery } from '../../api/use-desk-query';

export type SectionChoices = DeskResponse<'sections:list'>;

const fallback: SectionChoices = { sections: [...defaultSections], source: 'default' };

/**
 * The newsroom's sections for the select and the checklist. The standard list until the desk
 * answers (and if it cannot), so the select is never empty.
 */
export function useSections(): SectionChoices {
  return useDeskQuery('sections:list', {}).data ?? fallback;
}
