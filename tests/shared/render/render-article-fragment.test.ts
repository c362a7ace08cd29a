import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../shared/render/render-article-fragment';
import { renditionSrcset } from '../../../shared/render/rendition-srcset';
import { caseSection, figure, fullArticle, paragraph, text } from './article-fixture';

function parse(html: string) {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('renderArticleFragment', () => {
  it('lays the page out in the outlet order: tags, headline, lead figure, intro, cases, figures, related news, related topics', () => {
    const document = parse(renderArticleFragment(fullArticle()));
    const article = document.querySelector('article.cd-article');
    expect(article?.getAttribute('lang')).toBe('en');
    const order = Array.from(
      document.querySelectorAll('.article-tags, h1.headline, .lead-figure, .article-body > p, .case-section, .article-body > figure, .related-news, .related-topics'),
      (element) => element.className || element.tagName.toLowerCase(),
    );
    expect(order).toEqual(['article-tags', 'headline', 'lead-figure', 'p', 'case-section', 'figure', 'case-section', 'related-news', 'related-topics']);
    expect(document.querySelector('h1')?.textContent).toBe('Harbour ferry fares to rise in January');
    expect(document.querySelector('.standfirst')?.textContent).toBe('Operators cite fuel costs');
    expect(Array.from(document.querySelectorAll('.article-tags .tag'), (tag) => tag.textContent)).toEqual(['transport', 'ferries']);
    expect(document.querySelector('.article-tags')?.getAttribute('aria-label')).toBe('Tags');
  });

  it('shows the lead image with its caption ending in the credit', () => {
    const document = parse(renderArticleFragment(fullArticle()));
    const lead = document.querySelector('.lead-figure');
    expect(lead?.querySelector('img')?.getAttribute('src')).toBe('media/m_123/1600.webp');
    expect(lead?.querySelector('img')?.getAttribute('alt')).toBe('Green and white ferry at a pier');
    expect(lead?.querySelector('figcaption')?.textContent).toBe('A ferry at Central Pier. (File Photo)');
    expect(lead?.querySelector('figcaption .credit')?.textContent).toBe('(File Photo)');
    expect(lead?.querySelector('img')?.getAttribute('srcset')).toBe('media/m_123/1600.webp 1600w, media/m_123/800.webp 800w, media/m_123/320.webp 320w');
    // The lead image is what readers see first; body figures wait until they scroll near.
    expect(lead?.querySelector('img')?.getAttribute('loading')).toBeNull();
    expect(document.querySelector('.article-body figure img')?.getAttribute('loading')).toBe('lazy');
  });

  it('numbers case sections by position, in English', () => {
    const document = parse(renderArticleFragment(fullArticle()));
    const titles = Array.from(document.querySelectorAll('.case-title'), (title) => title.textContent);
    expect(titles).toEqual(['Case 1: Star Ferry', 'Case 2: Sun Ferry']);
    expect(document.querySelector('#case-2 p')?.textContent).toBe('A second operator followed.');
  });

  it('numbers case sections in Chinese and uses Chinese labels', () => {
    const cases = Array.from({ length: 11 }, (_, index) => caseSection(`第${index + 1}宗`, paragraph(text('內容'))));
    const html = renderArticleFragment(fullArticle({ language: 'zh-Hant', body: { type: 'doc', content: cases } }));
    const document = parse(html);
    const titles = Array.from(document.querySelectorAll('.case-title'), (title) => title.textContent);
    expect(titles[0]).toBe('案例一：第1宗');
    expect(titles[9]).toBe('案例十：第10宗');
    expect(titles[10]).toBe('案例十一：第11宗');
    expect(document.querySelector('.related-news h2')?.textContent).toBe('相關新聞');
    expect(document.querySelector('.related-topics h2')?.textContent).toBe('相關專題');
    expect(document.querySelector('.tags-label')?.textContent).toBe('標籤');
  });

  it('escapes every piece of text an editor typed', () => {
    const hostile = '<img src=x onerror=alert(1)>&"\'';
    const html = renderArticleFragment(
      fullArticle({
        headline: hostile,
        standfirst: hostile,
        byline: hostile,
        tags: [hostile],
        topics: [hostile],
        relatedLinks: [{ title: hostile, url: 'https://example.org/a' }],
        leadImage: { mediaId: 'm_1', src: 'media/m_1/800.webp', caption: hostile, credit: hostile, alt: hostile },
        body: { type: 'doc', content: [caseSection(hostile, paragraph(text(hostile, [{ type: 'bold' }]))), figure('m_2', hostile, hostile)] },
      }),
    );
    expect(html).not.toContain('<img src=x');
    const document = parse(html);
    expect(Array.from(document.querySelectorAll('*')).filter((element) => element.hasAttribute('onerror'))).toEqual([]);
    expect(document.querySelectorAll('img')).toHaveLength(2);
    expect(document.querySelector('h1')?.textContent).toBe(hostile);
    expect(document.querySelector('.case-name')?.textContent).toBe(hostile);
    expect(document.querySelector('strong')?.textContent).toBe(hostile);
    expect(document.querySelector('.lead-figure img')?.getAttribute('alt')).toBe(hostile);
  });

  it('sanitizes every URL: unsafe links keep their words but lose the link, unsafe images are left out', () => {
    const html = renderArticleFragment(
      fullArticle({
        leadImage: { mediaId: 'm_1', src: 'javascript:alert(1)', caption: 'Caption stays', credit: 'Credit', alt: '' },
        relatedLinks: [
          { title: 'Evil', url: 'javascript:alert(1)' },
          { title: 'Good', url: 'https://example.org/good' },
        ],
        body: {
          type: 'doc',
          content: [
            paragraph(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' and '), text('read', [{ type: 'link', attrs: { href: 'https://example.org/read' } }])),
            figure('m_2', 'Climbing out', '', 'media/../../etc/passwd'),
            figure('m_3', 'Data URL', '', 'data:image/svg+xml,<svg onload=alert(1)>'),
            figure('m_4', 'Remote', '', 'https://cdn.example.org/p.jpg'),
          ],
        },
      }),
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('passwd');
    const document = parse(html);
    expect(Array.from(document.querySelectorAll('a'), (anchor) => anchor.getAttribute('href'))).toEqual(['https://example.org/read', 'https://example.org/good']);
    expect(document.querySelector('.article-body p')?.textContent).toBe('click and read');
    expect(document.querySelector('.lead-figure img')).toBeNull();
    expect(document.querySelector('.lead-figure figcaption')?.textContent).toBe('Caption stays Credit');
    expect(Array.from(document.querySelectorAll('.article-body img'), (image) => image.getAttribute('src'))).toEqual(['https://cdn.example.org/p.jpg']);
    expect(document.querySelector('.article-body img')?.hasAttribute('srcset')).toBe(false);
    expect(document.querySelectorAll('.related-news li')).toHaveLength(2);
  });

  it('renders every body node type and drops unknown nodes and marks', () => {
    const html = renderArticleFragment(
      fullArticle({
        body: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [text('Section')] },
            { type: 'heading', attrs: { level: 3 }, content: [text('Subsection')] },
            { type: 'heading', attrs: { level: 1 }, content: [text('Not a second h1')] },
            paragraph(text('b', [{ type: 'bold' }]), text('i', [{ type: 'italic' }]), text('u', [{ type: 'underline' }]), text('s', [{ type: 'strike' }]), text('c', [{ type: 'code' }]), text('x', [{ type: 'highlight' }]), { type: 'hardBreak' }, text('after')),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one'))] }] },
            { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('three'))] }] },
            { type: 'blockquote', content: [paragraph(text('quoted'))] },
            { type: 'horizontalRule' },
            { type: 'codeBlock', attrs: { language: 'js"><script>' }, content: [text('a < b')] },
            { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [text('hidden')] },
            { type: 'rawHtml', text: '<script>alert(1)</script>' },
          ],
        },
      }),
    );
    const document = parse(html);
    const body = document.querySelector('.article-body');
    expect(body?.querySelector('h2')?.textContent).toBe('Section');
    expect(body?.querySelectorAll('h3')).toHaveLength(1);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(body?.querySelectorAll('h2')).toHaveLength(2);
    expect(body?.querySelector('p')?.innerHTML).toBe('<strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code>x<br>after');
    expect(body?.querySelector('ul > li > p')?.textContent).toBe('one');
    expect(body?.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(body?.querySelector('blockquote p')?.textContent).toBe('quoted');
    expect(body?.querySelector('hr')).not.toBeNull();
    expect(body?.querySelector('pre code')?.className).toBe('language-jsscript');
    expect(body?.querySelector('pre code')?.textContent).toBe('a < b');
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('hidden');
    expect(document.querySelector('script')).toBeNull();
  });

  it('leaves out empty parts rather than showing empty headings', () => {
    const document = parse(renderArticleFragment(fullArticle({ tags: [], topics: [], relatedLinks: [], leadImage: null, standfirst: '' })));
    expect(document.querySelector('.article-tags')).toBeNull();
    expect(document.querySelector('.related-news')).toBeNull();
    expect(document.querySelector('.related-topics')).toBeNull();
    expect(document.querySelector('.lead-figure')).toBeNull();
    expect(document.querySelector('.standfirst')).toBeNull();
  });

  it('links tags, topics and internal related articles when the site says where, and shows comments only when enabled', () => {
    const document = parse(
      renderArticleFragment(fullArticle({ relatedLinks: [{ title: 'Earlier story', articleId: '01OLDER' }] }), {
        tagUrl: (tag) => `/tags/${encodeURIComponent(tag)}`,
        topicUrl: (topic) => `/topics/${encodeURIComponent(topic)}`,
        articleUrl: (id) => `/articles/${id}`,
        commentsEnabled: true,
        mediaBase: '/',
      }),
    );
    expect(document.querySelector('a.tag')?.getAttribute('href')).toBe('/tags/transport');
    expect(document.querySelector('a.topic')?.getAttribute('href')).toBe('/topics/Cost%20of%20living');
    expect(document.querySelector('a.related-link')?.getAttribute('href')).toBe('/articles/01OLDER');
    expect(document.querySelector('.lead-figure img')?.getAttribute('src')).toBe('/media/m_123/1600.webp');
    expect(document.querySelector('.lead-figure img')?.getAttribute('srcset')).toContain('/media/m_123/800.webp 800w');
    expect(document.querySelector('.comments')).not.toBeNull();
    expect(parse(renderArticleFragment(fullArticle())).querySelector('.comments')).toBeNull();
  });

  it('shows the publish time in Hong Kong time', () => {
    const document = parse(renderArticleFragment(fullArticle()));
    expect(document.querySelector('.published time')?.textContent).toBe('2026-11-28 17:30');
  });
});

describe('renditionSrcset', () => {
  it('lists exactly the renditions the intake made for that width', () => {
    expect(renditionSrcset('media/m_1/1000.webp', '')).toBe('media/m_1/1000.webp 1000w, media/m_1/800.webp 800w, media/m_1/320.webp 320w');
    expect(renditionSrcset('media/m_1/300.webp', '')).toBeNull();
    expect(renditionSrcset('media/m_1/original.jpg', '')).toBeNull();
    expect(renditionSrcset('https://cdn.example.org/1600.webp', '')).toBeNull();
  });
});
