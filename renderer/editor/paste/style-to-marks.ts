/**
 * Google Docs and many web pages say "bold" with CSS instead of `<b>`. Styles are dropped on
 * paste, so the meaning is turned into elements first; and a `<b style="font-weight:normal">`
 * (the wrapper Google Docs puts around everything) is unwrapped so it cannot bold the whole paste.
 */
function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function wrapChildren(element: HTMLElement, tagName: string): void {
  const wrapper = element.ownerDocument.createElement(tagName);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

function isBoldWeight(weight: string): boolean {
  return weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600);
}

export function styleToMarks(body: HTMLElement): void {
  // Not-bold `<b>`/`<strong>`: Google Docs' docs-internal-guid wrapper, and Word's heading runs.
  for (const element of Array.from(body.querySelectorAll('b, strong'))) {
    if (!(element instanceof HTMLElement)) continue;
    const weight = element.style.fontWeight.trim();
    if (element.id.startsWith('docs-internal-guid') || weight === 'normal' || weight === '400' || weight === 'lighter') unwrap(element);
  }
  for (const element of Array.from(body.querySelectorAll('i, em'))) {
    if (element instanceof HTMLElement && element.style.fontStyle.trim() === 'normal') unwrap(element);
  }
  for (const element of Array.from(body.querySelectorAll('span, font'))) {
    if (!(element instanceof HTMLElement)) continue;
    const style = element.style;
    if (isBoldWeight(style.fontWeight.trim())) wrapChildren(element, 'strong');
    if (style.fontStyle.trim() === 'italic' || style.fontStyle.trim() === 'oblique') wrapChildren(element, 'em');
    const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
    if (/underline/.test(decoration)) wrapChildren(element, 'u');
    if (/line-through/.test(decoration)) wrapChildren(element, 's');
  }
}
