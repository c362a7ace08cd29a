// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../../shared/article';
import { checkArticle } from '../../../shared/checklist/check-article';
import { ChecklistPanel } from '../../../renderer/screens/article/ChecklistPanel';
import { mount, type Mounted } from './mount';

let mounted: Mounted | undefined;
afterEach(async () => mounted?.unmount());

describe('ChecklistPanel', () => {
  it('lists each problem in the reader’s words, numbered figures included', async () => {
    const content = {
      ...emptyArticleContent('en'),
      body: { type: 'doc' as const, content: [{ type: 'figure', attrs: { mediaId: 'm', src: 's', caption: 'c', credit: '', alt: 'a' } }] },
    };
    mounted = await mount(<ChecklistPanel problems={checkArticle(content)} />);
    const items = Array.from(mounted.container.querySelectorAll('li')).map((item) => item.textContent);
    expect(items).toEqual([
      'No tags: add at least one tag.',
      'Headline is missing: write a headline.',
      'No section: choose the section this article belongs to.',
      'Lead image is missing: set a lead image.',
      'Figure 1 has no credit: add the photographer or source.',
    ]);
    expect(mounted.container.querySelector('h2')?.textContent).toContain('5 to fix');
  });

  it('names cases as the editor does, in each interface language', async () => {
    const emptyCase = { type: 'caseSection', attrs: { title: '' }, content: [{ type: 'paragraph' }] };
    const content = { ...emptyArticleContent('zh-Hant'), body: { type: 'doc' as const, content: [emptyCase] } };
    const caseItems = (container: HTMLElement) =>
      Array.from(container.querySelectorAll('li'))
        .map((item) => item.textContent)
        .filter((item) => item?.includes('案例'));

    mounted = await mount(<ChecklistPanel problems={checkArticle(content)} />, 'zh-Hant');
    expect(caseItems(mounted.container)).toEqual(['「案例一」未有標題：請撰寫標題或刪除該案例。', '「案例一」未有內文：請撰寫案例內容或刪除該案例。']);
    await mounted.unmount();

    mounted = await mount(<ChecklistPanel problems={checkArticle(content)} />, 'en');
    expect(caseItems(mounted.container)).toEqual(['案例一 has no title: write a title or delete the case.', '案例一 has no text: write the case or delete it.']);
  });

  it('says the article is ready when nothing blocks approval', async () => {
    mounted = await mount(<ChecklistPanel problems={[]} />);
    expect(mounted.container.textContent).toContain('Ready');
    expect(mounted.container.querySelectorAll('li')).toHaveLength(0);
  });
});
