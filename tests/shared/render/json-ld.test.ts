import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonLdScriptContent } from '../../../shared/render/json-ld';
import { renderArticleDocument } from '../../../shared/render/render-article-document';
import { fullArticle } from './article-fixture';

describe('articleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle', () => {
    const data = articleJsonLd(fullArticle(), { siteUrl: 'https://news.example.hk/', mediaBase: '/', canonicalUrl: '/a/harbour', siteName: 'Example News' });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour ferry fares to rise in January',
      inLanguage: 'en',
      description: 'Operators cite fuel costs',
      articleSection: 'hong-kong',
      keywords: 'transport, ferries',
      dateline: 'Hong Kong',
      author: [{ '@type': 'Person', name: 'Staff Reporter' }],
      datePublished: '2026-11-28T09:30:00Z',
      dateModified: '2026-11-28T09:30:00Z',
      url: 'https://news.example.hk/a/harbour',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Example News' },
    });
    expect(data.image).toEqual([
      { '@type': 'ImageObject', url: 'https://news.example.hk/media/m_123/1600.webp', caption: 'A ferry at Central Pier.', creditText: '(File Photo)' },
      { '@type': 'ImageObject', url: 'https://news.example.hk/media/m_124/1600.webp', caption: 'Passengers queue at the pier.', creditText: 'Photo: Jane Doe' },
    ]);
  });

  it('cannot be broken out of its script element', () => {
    const content = jsonLdScriptContent(articleJsonLd(fullArticle({ headline: '</script><script>alert(1)</script>\u2028' })));
    expect(content).not.toContain('<');
    expect(JSON.parse(content)).toMatchObject({ headline: '</script><script>alert(1)</script>\u2028' });
  });
});

describe('renderArticleDocument', () => {
  it('is a full page: title, style, JSON-LD and the article fragment, no executable script', () => {
    const html = renderArticleDocument(fullArticle({ headline: 'Fares </script><script>alert(1)</script>' }), { siteName: 'Example News' });
    const { document } = new JSDOM(html).window;
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Fares </script><script>alert(1)</script> | Example News');
    expect(document.querySelector('style')?.textContent).toContain('.cd-article');
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toMatchObject({ '@type': 'NewsArticle' });
    expect(document.querySelector('body main article.cd-article h1')?.textContent).toBe('Fares </script><script>alert(1)</script>');
  });
});
