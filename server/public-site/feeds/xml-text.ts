import { escapeHtml } from '../../../shared/render/escape-html';

// Characters XML 1.0 does not allow at all; a headline holding one must not break the feed.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/** Text for XML element content or a quoted attribute. */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(forbidden, ''));
}
