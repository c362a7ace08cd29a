import type { ChecklistRule } from '../checklist-problem';

/** The section decides where the article is listed on the site. */
export const sectionRule: ChecklistRule = ({ section }) =>
  section.trim() !== '' ? [] : [{ field: 'section', code: 'section_missing', message: 'No section: choose the section this article belongs to.' }];
