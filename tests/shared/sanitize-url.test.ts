import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from '../../shared/url/sanitize-url';

describe('sanitizeUrl', () => {
  it.each(['https://example.org/a?b=1', 'http://news.example.hk/', 'mailto:desk@example.org'])('keeps %s', (url) => {
    expect(sanitizeUrl(url)).not.toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'https://user:pass@example.org/',
    '',
  ])('refuses %j', (url) => {
    expect(sanitizeUrl(url)).toBeNull();
  });

  it('accepts own relative paths only when asked', () => {
    expect(sanitizeUrl('media/m1/800.webp')).toBeNull();
    expect(sanitizeUrl('media/m1/800.webp', { allowRelative: true })).toBe('media/m1/800.webp');
    expect(sanitizeUrl('//evil.example', { allowRelative: true })).toBeNull();
    expect(sanitizeUrl('javascript:x', { allowRelative: true })).toBeNull();
  });
});
