import { sanitizeUrl } from '../../url/sanitize-url';
import type { ChecklistRule } from '../checklist-problem';

/** Related news must point somewhere a reader can go: an http(s) address or one of our articles. */
export const relatedLinkRule: ChecklistRule = ({ relatedLinks }) =>
  relatedLinks.flatMap((link, index) => {
    if (link.url === undefined && link.articleId !== undefined) return [];
    if (link.url !== undefined && sanitizeUrl(link.url, { protocols: ['http:', 'https:'] }) !== null) return [];
    return [
      {
        field: `relatedLinks.${index}.url`,
        code: 'related_link_url_invalid',
        message: `Related link ${index + 1} has an address that is not a web address: enter a URL starting with https:// or remove the link.`,
        params: { position: index + 1 },
      },
    ];
  });
