const tabbable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Moves focus to the first control after the editor. The browser's own Tab from the editable
 * goes to the first field inside it (case 1's title), which is backwards for someone writing
 * the last case.
 */
export function focusAfterEditor(editable: HTMLElement): boolean {
  const next = Array.from(editable.ownerDocument.querySelectorAll<HTMLElement>(tabbable)).find(
    (element) => !editable.contains(element) && (editable.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  if (!next) return false;
  next.focus();
  return true;
}
