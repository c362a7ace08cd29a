// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../../../shared/article';
import { createI18n } from '../../../renderer/i18n/i18n';
import { PreviewPane, previewDelayMs } from '../../../renderer/preview/PreviewPane';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function article(headline: string): ArticleContent {
  return {
    ...emptyArticleContent('en'),
    headline,
    tags: ['ferries'],
    body: {
      type: 'doc',
      content: [
        { type: 'caseSection', attrs: { title: 'Star Ferry' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Operator text' }] }] },
      ],
    },
  };
}

describe('PreviewPane', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
  });

  async function show(content: ArticleContent, language: 'en' | 'zh-Hant' = 'en') {
    const i18n = await createI18n(language);
    const view = (next: ArticleContent) => (
      <I18nextProvider i18n={i18n}>
        <PreviewPane article={next} />
      </I18nextProvider>
    );
    act(() => root.render(view(content)));
    return (next: ArticleContent) => act(() => root.render(view(next)));
  }

  const frame = () => {
    const element = container.querySelector('iframe');
    if (!element) throw new Error('no preview frame');
    return element;
  };

  it('shows the rendered public page in a frame where no script can run', async () => {
    await show(article('Ferry fares rise'));
    const element = frame();
    const sandbox = element.getAttribute('sandbox');
    expect(sandbox).not.toBeNull();
    expect(sandbox).not.toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-top-navigation');
    expect(element.getAttribute('title')).toBe('Preview of the public page: Ferry fares rise');
    const page = new DOMParser().parseFromString(element.srcdoc, 'text/html');
    expect(page.querySelector('h1.headline')?.textContent).toBe('Ferry fares rise');
    expect(page.querySelector('.case-title')?.textContent).toBe('Case 1: Star Ferry');
    expect(page.querySelector('style')?.textContent).toContain('.cd-article');
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe('Public page preview');
  });

  it('follows the article as it changes, once typing pauses', async () => {
    const update = await show(article('First'));
    update(article('Second'));
    update(article('Second headline'));
    expect(frame().srcdoc).toContain('First');
    act(() => vi.advanceTimersByTime(previewDelayMs + 10));
    expect(frame().srcdoc).toContain('Second headline');
    expect(frame().srcdoc).not.toContain('>First<');
  });

  it('names the frame in Chinese when the interface is Chinese', async () => {
    await show(article(''), 'zh-Hant');
    expect(frame().getAttribute('title')).toBe('公開頁面預覽：未命名文章');
  });
});
