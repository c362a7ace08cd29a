/**
 * The preview re-renders the whole public page each time typing pauses, and the server renders it
 * once per publish. On the long article (about 8,000 Chinese characters, 3,000 English
 * words, 20 case sections, 30 figures), how long does that take, against merely serialising the
 * same article (which autosave pays anyway)? Goal: p95 under 8 ms — half a frame.
 */
import type { ArticleContent, DocNode } from '../../shared/article';
import { articleNinjs } from '../../shared/render/ninjs';
import { renderArticleDocument } from '../../shared/render/render-article-document';
import { percentile, printTable } from './table';

const chinese = '立法會今日繼續審議渡輪票價調整方案多名議員關注長者及低收入家庭的負擔';
const english = 'the operators said fuel costs and falling passenger numbers left them no choice but to raise fares'.split(' ');

function chineseText(length: number, seed: number): string {
  return Array.from({ length }, (_, index) => chinese[(index * 7 + seed) % chinese.length]).join('');
}
function englishText(words: number, seed: number): string {
  return Array.from({ length: words }, (_, index) => english[(index * 3 + seed) % english.length]).join(' ');
}
const paragraph = (text: string, bold = false): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }] });

function longArticle(): ArticleContent {
  const content: DocNode[] = [paragraph(chineseText(400, 1)), paragraph(englishText(150, 2))];
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    const inner: DocNode[] = [paragraph(chineseText(380, caseIndex)), paragraph(englishText(140, caseIndex), caseIndex % 3 === 0)];
    content.push({ type: 'caseSection', attrs: { title: `個案 ${caseIndex + 1}` }, content: inner });
    for (let figureIndex = 0; figureIndex < (caseIndex < 10 ? 2 : 1); figureIndex += 1) {
      const id = `m_${caseIndex}_${figureIndex}`;
      content.push({ type: 'figure', attrs: { mediaId: id, src: `media/${id}/1600.webp`, caption: chineseText(30, figureIndex), credit: '（資料圖片）', alt: 'Ferry' } });
    }
  }
  return {
    slug: 'long', language: 'zh-Hant', section: 'hong-kong', headline: '渡輪加價', standfirst: '營運商稱燃油成本上升', byline: '本報記者', dateline: '香港',
    leadImage: { mediaId: 'm_lead', src: 'media/m_lead/1600.webp', caption: '天星小輪', credit: '（資料圖片）', alt: '渡輪' },
    body: { type: 'doc', content }, tags: ['交通', '渡輪'], topics: ['生活成本'],
    relatedLinks: Array.from({ length: 5 }, (_, index) => ({ title: `相關新聞 ${index}`, url: `https://example.org/${index}` })),
  };
}

function time(samples: number, work: () => unknown): number[] {
  for (let index = 0; index < 20; index += 1) work();
  const durations: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return durations;
}

const article = longArticle();
const samples = 1000;
const serialise = time(samples, () => JSON.stringify(article));
// Reading a character flattens V8's concatenation rope, as handing the page to the iframe would.
const render = time(samples, () => renderArticleDocument(article).charCodeAt(1000));
const ninjs = time(samples, () => JSON.stringify(articleNinjs(article)));
const html = renderArticleDocument(article);

printTable(`Public render of a long article (${(html.length / 1024).toFixed(0)} KB of HTML, ${samples} runs)`, [
  { name: 'JSON.stringify(article) p50', value: percentile(serialise, 50), unit: 'ms' },
  { name: 'JSON.stringify(article) p95', value: percentile(serialise, 95), unit: 'ms' },
  { name: 'renderArticleDocument p50', value: percentile(render, 50), unit: 'ms', baseline: 'JSON.stringify(article) p50' },
  { name: 'renderArticleDocument p95', value: percentile(render, 95), unit: 'ms', baseline: 'JSON.stringify(article) p95', goal: '< 8 ms' },
  { name: 'articleNinjs + stringify p95', value: percentile(ninjs, 95), unit: 'ms', baseline: 'JSON.stringify(article) p95' },
]);
