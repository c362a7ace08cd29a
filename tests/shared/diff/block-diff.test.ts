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
      { kind: 'same', text: 'Headline: Fares rise' },
      { kind: 'same', text: 'First.' },
      { kind: 'removed', text: 'Second.' },
      { kind: 'added', text: 'Second, changed.' },
      { kind: 'same', text: 'Third.' },
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
    expect(blockDiff(emptyArticleContent('en'), content).map((change) => `${change.kind} ${change.text}`)).toEqual([
      'added ## Why',
      'added • fuel',
      'added Case: Star Ferry',
      'added   Operator',
      'added Image: Pier (File Photo)',
    ]);
  });
});

describe('textCounts', () => {
  it('counts each Chinese character and each English word as a word', () => {
    expect(textCounts('渡輪加價 ferry fares')).toEqual({ words: 6, characters: 14 });
  });
});
