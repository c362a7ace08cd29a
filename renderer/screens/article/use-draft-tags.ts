import type { DraftTags } from '../../../shared/desk-api';
import { useDeskQuery } from '../../api/use-desk-query';

const none: DraftTags = { tags: [], topics: [] };

/** Suggestions for Tags and Topics: what local drafts already use. Empty until loaded or on error. */
export function useDraftTags(): DraftTags {
  return useDeskQuery('drafts:tags', {}).data ?? none;
}
