import { describe, expect, it } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../../../shared/article';
import { blockDiff } from '../../../shared/diff/block-diff';
import { textCounts } from '../../../shared/diff/text-counts';

function article(headline: string, paragraphs: string[]): ArticleContent {
  return {
    ...emptyArticleContent('en'),
    headline,
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
  };
}

describe('blockDiff', () => {
  it('shows a changed paragraph as removed and added, the rest unchanged', () => {
    const before = article('Fares rise', ['First.', 'Second.', 'Third.']);
    const after = article('Fares rise', ['First.', 'Second, changed.', 'Third.']);
    expect(blockDiff(before, after)).toEqual([
      { kind: 'same', indent: '', field: 'headline', text: 'Fares rise' },
      { kind: 'same', indent: '', field: null, text: 'First.' },
      { kind: 'removed', indent: '', field: null, text: 'Second.' },
      { kind: 'added', indent: '', field: null, text: 'Second, changed.' },
      { kind: 'same', indent: '', field: null, text: 'Third.' },
    ]);
  });

  it('reads headings, lists, case sections and figures as labelled lines', () => {
    const content: ArticleContent = {
      ...emptyArticleContent('en'),
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Why' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fuel' }] }] }] },
          { type: 'caseSection', attrs: { title: 'Star Ferry' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Operator' }] }] },
          { type: 'figure', attrs: { mediaId: 'm1', src: 's', caption: 'Pier', credit: '(File Photo)', alt: '' } },
        ],
      },
    };
    expect(blockDiff(emptyArticleContent('en'), content).map((change) => `${change.kind} ${change.indent}${change.field ?? '-'} ${change.text}`)).toEqual([
      'added - ## Why',
      'added - • fuel',
      'added case Star Ferry',
      'added   - Operator',
      'added image Pier (File Photo)',
    ]);
  });

  it('tells a field from a body paragraph with the same words', () => {
    const before = { ...article('Fares rise', ['Chan Mei']), byline: '' };
    const after = { ...article('Fares rise', []), byline: 'Chan Mei' };
    const changed = blockDiff(before, after).filter((change) => change.kind !== 'same');
    expect(changed).toHaveLength(2);
    expect(changed).toContainEqual({ kind: 'added', indent: '', field: 'byline', text: 'Chan Mei' });
    expect(changed).toContainEqual({ kind: 'removed', indent: '', field: null, text: 'Chan Mei' });
  });
});

describe('textCounts', () => {
  it('counts each Chinese character and each English word as a word', () => {
    expect(textCounts('渡輪加價 ferry fares')).toEqual({ words: 6, characters: 14 });
  });
});
