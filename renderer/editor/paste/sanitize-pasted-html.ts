import DOMPurify from 'dompurify';
import { sanitizeUrl } from '../../../shared/url/sanitize-url';
import { styleToMarks } from './style-to-marks';
import { unwrapRedirectLink } from './unwrap-redirect-link';
import { convertWordParagraphStyles } from './word-paragraph-styles';
import { convertWordLists } from './word-lists';
import { tableRowsToParagraphs } from './table-rows-to-paragraphs';

// Structure the article body can hold; divs only as block boundaries (tables are rows of text by
// now), section/figure only in the editor's own copy format.
const allowedTags = [
  'p', 'br', 'div', 'span', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'a',
  'ul', 'ol', 'li', 'blockquote', 'hr', 'section', 'figure',
];
// What ProseMirror reads back from its own clipboard HTML (data-pm-slice keeps open depth;
// the rest are the caseSection and figure attributes of shared/editor).
const allowedAttributes = [
  'href', 'start', 'data-pm-slice', 'data-case-section', 'data-title',
  'data-figure', 'data-media-id', 'data-src', 'data-caption', 'data-credit', 'data-alt',
];
// Our own media paths only: a pasted figure must not hotlink a tracking image.
const ownMediaPath = /^media\/[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_.-]{1,80}$/;

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** H1 is the headline and H4–H6 do not exist in the body: keep the heading, at a level it can have. */
function normalizeHeadings(body: HTMLElement): void {
  for (const heading of Array.from(body.querySelectorAll('h1, h4, h5, h6'))) {
    const replacement = body.ownerDocument.createElement(heading.tagName === 'H1' ? 'h2' : 'h3');
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}

function keepSafeLinksAndFigures(root: HTMLElement): void {
  for (const anchor of Array.from(root.querySelectorAll('a'))) {
    const href = sanitizeUrl(unwrapRedirectLink(anchor.getAttribute('href') ?? ''));
    if (href === null) unwrap(anchor);
    else anchor.setAttribute('href', href);
  }
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    const ours = figure.hasAttribute('data-figure') && ownMediaPath.test(figure.getAttribute('data-src') ?? '');
    if (!ours) figure.remove();
  }
  for (const section of Array.from(root.querySelectorAll('section'))) {
    if (!section.hasAttribute('data-case-section')) unwrap(section);
  }
  // Figure and case-section attributes mean something only on their own elements; elsewhere a
  // `data-src="javascript:…"` would ride along unchecked (found by the fuzz suite).
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const own = element.localName === 'figure' ? figureAttributes : element.localName === 'section' ? sectionAttributes : [];
    for (const name of [...figureAttributes, ...sectionAttributes]) if (!own.includes(name)) element.removeAttribute(name);
  }
}

const figureAttributes = ['data-figure', 'data-media-id', 'data-src', 'data-caption', 'data-credit', 'data-alt'];
const sectionAttributes = ['data-case-section', 'data-title'];

/**
 * Clipboard HTML from Word, Google Docs or a web page, reduced to the structure an article can
 * hold: headings, paragraphs, lists, quotes, bold, italic, underline, strike and safe links; a
 * table's rows become paragraphs with " | " between the cells.
 * Styles, classes, ids, scripts, event handlers, embeds, images and unsafe URLs are dropped.
 * Parsing happens in an inert document: nothing in the pasted HTML loads or runs.
 */
export function sanitizePastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body;
  convertWordLists(body);
  convertWordParagraphStyles(body);
  tableRowsToParagraphs(body);
  styleToMarks(body);
  normalizeHeadings(body);
  const clean = DOMPurify.sanitize(body.innerHTML, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    // Plain-text attributes: DOMPurify would otherwise test their values as URLs and drop them.
    // data-src is checked against our media paths below.
    ADD_URI_SAFE_ATTR: allowedAttributes.filter((name) => name !== 'href'),
    KEEP_CONTENT: true,
    RETURN_DOM: true,
  });
  if (!(clean instanceof HTMLElement)) return '';
  keepSafeLinksAndFigures(clean);
  return clean.innerHTML;
}
