import { describe, expect, it } from 'vitest';
import { relatedLinkRule } from '../../../shared/checklist/rules/related-link-rule';
import { completeArticle } from './complete-article';

describe('related link rule', () => {
  it('accepts http(s) addresses and links to our own articles', () => {
    const article = completeArticle({
      relatedLinks: [
        { title: 'a', url: 'https://example.org/a' },
        { title: 'b', url: 'http://example.org/b' },
        { title: 'c', articleId: '01JD3X' },
      ],
    });
    expect(relatedLinkRule(article)).toEqual([]);
  });

  it('refuses javascript:, mailto:, bare words and empty addresses, naming each link', () => {
    const article = completeArticle({
      relatedLinks: [
        { title: 'ok', url: 'https://example.org' },
        { title: 'x', url: 'javascript:alert(1)' },
        { title: 'y', url: 'mailto:a@example.org' },
        { title: 'z', url: 'example' },
        { title: 'w', url: '' },
      ],
    });
    const problems = relatedLinkRule(article);
    expect(problems.map((p) => p.field)).toEqual(['relatedLinks.1.url', 'relatedLinks.2.url', 'relatedLinks.3.url', 'relatedLinks.4.url']);
    expect(problems[0]?.code).toBe('related_link_url_invalid');
    expect(problems[0]?.message).toMatch(/^Related link 2 .*https:\/\//);
  });
});
