import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { sanitizeUrl } from '../url/sanitize-url';
import { ArticleDocument } from './article-document';
import { CaseSection } from './case-section';
import { CaseSectionKeys } from './case-section-keys';
import { Figure } from './figure';

/** Heading levels an article body may use: H1 is the headline, which lives outside the body. */
export const headingLevels = [2, 3] as const;

/** Only http, https and mailto links are kept (typed, pasted or loaded). */
export function isAllowedLink(url: string): boolean {
  return sanitizeUrl(url) !== null;
}

/**
 * The article body's schema: one list used by the editor (which adds React node views), the
 * renderer and the server, so a document one accepts is exactly a document the others accept.
 */
export function documentExtensions(options: { trailingParagraph?: boolean } = {}): AnyExtension[] {
  return [
    ArticleDocument,
    StarterKit.configure({
      document: false,
      code: false,
      // Behaviour, not schema: the desk's editor keeps an empty paragraph after a final case so
      // one can type below it; validating and rendering leave documents exactly as they are.
      trailingNode: options.trailingParagraph === true ? {} : false,
      codeBlock: false,
      heading: { levels: [...headingLevels] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: [],
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url.includes(':') ? url : `https://${url}`),
      },
    }),
    CaseSection,
    CaseSectionKeys,
    Figure,
  ];
}
