import type { ChecklistRule } from '../checklist-problem';

/** At least one tag, so the article appears on tag pages and in related news. */
export const tagsRule: ChecklistRule = ({ tags }) =>
  tags.some((tag) => tag.trim() !== '') ? [] : [{ field: 'tags', code: 'tags_missing', message: 'No tags: add at least one tag.' }];
