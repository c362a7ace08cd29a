import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article';
import { nodeText } from '../../../shared/diff/article-blocks';
import { styledDocx, wordStyles, type DocxBlock } from './docx-fixture';
import { deskValue } from './draft-fixtures';
import { useTemporaryDesk } from './temporary-desk';

interface Imported {
  outcome: 'imported';
  article: Article;
}

const paragraphs = (article: Article) => article.body.content.map((node) => nodeText(node));

describe('importing a Word file: styles and bylines become article fields', () => {
  const desk = useTemporaryDesk();
  const importBlocks = async (blocks: DocxBlock[]) => {
    const data = styledDocx(blocks).toString('base64');
    return (await deskValue<Imported>(desk.current, 'drafts:import', { fileName: 'story.docx', data })).article;
  };

  it('takes Title as the headline, Subtitle as the standfirst and a "By" line as the byline, out of the body', async () => {
    const article = await importBlocks([
      { text: 'Harbour ferry fares to rise', style: wordStyles.title },
      { text: 'Operators cite fuel costs', style: wordStyles.subtitle },
      { text: 'By Chan Mei' },
      { text: 'Fares will rise in January.' },
    ]);
    expect(article).toMatchObject({ headline: 'Harbour ferry fares to rise', standfirst: 'Operators cite fuel costs', byline: 'Chan Mei' });
    expect(paragraphs(article)).toEqual(['Fares will rise in January.']);
  });

  it('reads the styles of a Chinese Word (its own style ids, the English names) and a Chinese byline', async () => {
    const article = await importBlocks([
      { text: '渡輪下月加價', style: wordStyles.chineseTitle },
      { text: '營辦商指燃油成本上升', style: wordStyles.chineseSubtitle },
      { text: '記者 陳美' },
      { text: '天星小輪宣布加價。' },
    ]);
    expect(article).toMatchObject({ headline: '渡輪下月加價', standfirst: '營辦商指燃油成本上升', byline: '記者 陳美' });
    expect(paragraphs(article)).toEqual(['天星小輪宣布加價。']);
  });

  it('keeps a Heading 1 in the body when a Title is the headline, and a second Title too', async () => {
    const article = await importBlocks([
      { text: 'Ferry fares', style: wordStyles.title },
      { text: 'Staff Reporter' },
      { text: 'Why it matters', style: wordStyles.heading1 },
      { text: 'Another title', style: wordStyles.title },
      // Below a heading the story has started: this is text, not the byline.
      { text: 'By Chan Mei' },
    ]);
    expect(article.headline).toBe('Ferry fares');
    expect(article.byline).toBe('Staff Reporter');
    expect(article.body.content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 }, content: [{ text: 'Why it matters' }] });
    expect(paragraphs(article)).toEqual(['Why it matters', 'Another title', 'By Chan Mei']);
  });

  it('still takes the first Heading 1 as the headline when the file has no Title', async () => {
    const article = await importBlocks([{ text: '渡輪加價', style: wordStyles.heading1 }, { text: '正文。' }]);
    expect(article.headline).toBe('渡輪加價');
    expect(paragraphs(article)).toEqual(['正文。']);
  });

  it('leaves a paragraph that only starts like a byline in the body, and the byline empty', async () => {
    const article = await importBlocks([
      { text: 'Ferry fares', style: wordStyles.title },
      { text: 'By Monday, fares will have risen by 3.5%.' },
      { text: 'By the pier' },
    ]);
    expect(article.byline).toBe('');
    expect(paragraphs(article)).toEqual(['By Monday, fares will have risen by 3.5%.', 'By the pier']);
  });

  it('does not look for a byline deep in the story', async () => {
    const article = await importBlocks([{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }, { text: 'By Chan Mei' }]);
    expect(article.byline).toBe('');
    expect(paragraphs(article)).toEqual(['One.', 'Two.', 'Three.', 'By Chan Mei']);
  });

  it('keeps each table row as one paragraph, its cells joined by " | "', async () => {
    const article = await importBlocks([
      { text: 'Fares' },
      { table: [['Route', 'Now', 'January'], ['Central – Tsim Sha Tsui', '$5.0', '$5.2'], ['灣仔', '', '$6.1']] },
    ]);
    expect(paragraphs(article)).toEqual(['Fares', 'Route | Now | January', 'Central – Tsim Sha Tsui | $5.0 | $5.2', '灣仔 |  | $6.1']);
  });
});
