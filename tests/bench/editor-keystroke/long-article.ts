import type { DocNode } from '../../../shared/article';

// A long bilingual article of the size the issue names: ~8,000 Chinese characters, ~3,000 English
// words, 20 case sections and 30 figures. The same text, without cases and figures, feeds the
// bare StarterKit baseline.
const chinese =
  '天星小輪宣布由明年一月起調整票價，營辦商指燃油成本在過去一年上升近一倍，而乘客量仍未回復至疫情前水平。多名乘客表示加價幅度超出預期，區議員促請政府檢討渡輪資助計劃，以免離島居民的交通開支進一步增加。';
const english =
  'The operator said fuel costs had almost doubled over the past year while passenger numbers had not yet returned to the levels seen before the pandemic, and it asked the government to review the ferry subsidy scheme for outlying islands. ';

export const cursorMarker = 'CURSOR';

function chineseText(length: number, offset: number): string {
  let text = '';
  while (text.length < length + offset) text += chinese;
  return text.slice(offset, offset + length);
}

function englishText(words: number): string {
  const pool = english.trim().split(/\s+/);
  return Array.from({ length: words }, (_, index) => pool[index % pool.length]).join(' ');
}

function paragraph(text: string): DocNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function figure(index: number): DocNode {
  return {
    type: 'figure',
    attrs: { mediaId: `m_${index}`, src: 'media/bench.png', caption: `圖片說明 ${index}`, credit: 'Staff photographer', alt: `Figure ${index}` },
  };
}

/** Per case: 400 Chinese characters in two paragraphs, 150 English words; 30 figures spread over 20 cases. */
function caseContent(index: number, withFigures: boolean): DocNode[] {
  const blocks: DocNode[] = [paragraph(chineseText(200, index * 7)), paragraph(englishText(150)), paragraph(chineseText(200, index * 11))];
  if (index === 10) blocks.splice(1, 0, paragraph(`Typing happens here ${cursorMarker}`));
  if (withFigures) {
    blocks.splice(1, 0, figure(index * 2));
    if (index % 2 === 0) blocks.push(figure(index * 2 + 1));
  }
  return blocks;
}

export function longArticleBody(): { type: 'doc'; content: DocNode[] } {
  const content: DocNode[] = [paragraph('Fares will rise in January, the operator said.')];
  for (let index = 1; index <= 20; index += 1) {
    content.push({ type: 'caseSection', attrs: { title: `Case title ${index}` }, content: caseContent(index, true) });
  }
  return { type: 'doc', content };
}

/** The same paragraphs, flat, for a bare StarterKit editor (case titles become paragraphs). */
export function bareArticleBody(): { type: 'doc'; content: DocNode[] } {
  const content: DocNode[] = [paragraph('Fares will rise in January, the operator said.')];
  for (let index = 1; index <= 20; index += 1) {
    content.push(paragraph(`Case title ${index}`), ...caseContent(index, false));
  }
  return { type: 'doc', content };
}
