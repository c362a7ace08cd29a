import type { ArticleContent } from '../../shared/article';
import { documentProblems } from '../../shared/editor/validate-document';
import { limits } from '../../shared/limits';
import { sanitizeUrl } from '../../shared/url/sanitize-url';
import { ServerError } from '../http/server-error';

/**
 * Beyond the zod shape: the body must fit the editor's own schema (the same extension list the
 * editor uses), stay within the size limit, and every link and image source must be a safe URL.
 * Anything else is refused whole with 400 and the list of problems — never trimmed to fit.
 */
export function assertValidContent(content: ArticleContent): void {
  const problems: string[] = [];
  const bodyBytes = new TextEncoder().encode(JSON.stringify(content.body)).length;
  if (bodyBytes > limits.bodyBytesMax) problems.push(`body: The article body is ${bodyBytes} bytes; the limit is ${limits.bodyBytesMax}.`);
  else problems.push(...documentProblems(content.body));
  content.relatedLinks.forEach((link, index) => {
    if (link.url !== undefined && sanitizeUrl(link.url) === null) {
      problems.push(`relatedLinks.${index}.url: Only http, https and mailto links are allowed.`);
    }
  });
  if (content.leadImage && content.leadImage.src !== '' && sanitizeUrl(content.leadImage.src, { allowRelative: true }) === null) {
    problems.push('leadImage.src: The image address is not a safe URL.');
  }
  if (problems.length > 0) throw new ServerError(400, 'bad_request', 'The article does not fit the article format.', { details: problems });
}
