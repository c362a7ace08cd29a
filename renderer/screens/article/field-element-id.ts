/**
 * The element a checklist problem points at: `headline` → `field-headline`,
 * `leadImage.caption` → `field-leadImage-caption`, `relatedLinks.2.url` → `related-link-url-2`,
 * `tags.3` (one tag) → `field-tags`.
 * Problems inside the body point at the body editor.
 */
export function fieldElementId(field: string): string {
  const related = /^relatedLinks\.(\d+)\.url$/.exec(field);
  if (related) return `related-link-url-${related[1]}`;
  const chip = /^(tags|topics)\.\d+$/.exec(field);
  if (chip) return `field-${chip[1]}`;
  if (field.startsWith('body.')) return 'field-body';
  return `field-${field.replace(/\./g, '-')}`;
}
