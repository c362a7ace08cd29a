import { findSection } from '../../sections/find-section';
import type { ChecklistRule } from '../checklist-problem';

/**
 * The section decides where the article is listed on the site: one of the newsroom's sections,
 * stored by its slug. Checked against the list wherever one is at hand (the server always has it).
 */
export const sectionRule: ChecklistRule = ({ section }, context) => {
  const sections = context?.sections;
  if (section.trim() === '') return [{ field: 'section', code: 'section_missing', message: 'No section: choose the section this article belongs to.' }];
  if (!sections || findSection(sections, section)?.slug === section) return [];
  return [{
    field: 'section',
    code: 'section_unknown',
    message: `"${section}" is not one of the newsroom's sections: choose a section from the list.`,
    params: { section },
  }];
};
