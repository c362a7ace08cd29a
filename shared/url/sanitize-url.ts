/**
 * Every href/src that reaches a page passes through here. Only http, https and mailto survive
 * (plus, when asked, relative paths of our own such as `media/…`). Anything else — javascript:,
 * data:, vbscript:, protocol-relative tricks, control characters — gives null.
 */
const defaultProtocols = ['http:', 'https:', 'mailto:'] as const;

export interface SanitizeUrlOptions {
  protocols?: readonly string[];
  /** Accept a same-origin relative path (no scheme, no `//`, no backslash). */
  allowRelative?: boolean;
}

// Characters browsers strip or fold before parsing a URL: controls, whitespace, zero-widths.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

export function sanitizeUrl(input: string, options: SanitizeUrlOptions = {}): string | null {
  const protocols = options.protocols ?? defaultProtocols;
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > 2048) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const compact = trimmed.replace(invisible, '');
  if (options.allowRelative && isSafeRelative(compact)) return compact;
  let parsed: URL;
  try {
    parsed = new URL(compact);
  } catch {
    return null;
  }
  if (!protocols.includes(parsed.protocol)) return null;
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

function isSafeRelative(value: string): boolean {
  if (value.startsWith('//') || value.includes('\\')) return false;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) return false;
  return /^[A-Za-z0-9._~\-/?#=&%]+$/.test(value);
}
