/**
 * Word marks some structure only with a paragraph class: Title and Subtitle styles, and the
 * Quote styles. Those become a heading and a blockquote before classes are dropped.
 */
const replacements: { pattern: RegExp; tagName: string }[] = [
  { pattern: /^MsoTitle/i, tagName: 'h2' },
  { pattern: /^MsoSubtitle/i, tagName: 'h3' },
  { pattern: /^Mso(Intense)?Quote/i, tagName: 'blockquote' },
];

export function convertWordParagraphStyles(body: HTMLElement): void {
  for (const paragraph of Array.from(body.querySelectorAll('p[class]'))) {
    const replacement = replacements.find(({ pattern }) => pattern.test(paragraph.className));
    if (replacement === undefined) continue;
    const element = body.ownerDocument.createElement(replacement.tagName);
    if (replacement.tagName === 'blockquote') {
      const inner = body.ownerDocument.createElement('p');
      inner.append(...Array.from(paragraph.childNodes));
      element.append(inner);
    } else {
      element.append(...Array.from(paragraph.childNodes));
    }
    paragraph.replaceWith(element);
  }
}
