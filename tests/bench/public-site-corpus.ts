/**
 * A synthetic published corpus for the search benchmark: Chinese and English news-like text
 * from fixed word lists, indexed with the public site's own term maker and bulk insert.
 */
import { articleSearchTerms } from '../../server/public-site/search/article-search-terms';
import type { PublicPageRecord } from '../../server/public-site/db/public-page-record';

const chineseWords = ['香港', '政府', '港鐵', '警方', '市民', '天氣', '經濟', '房屋', '醫院', '學校', '立法會', '交通', '選舉', '法院', '消防', '颱風', '旅遊', '投資', '股市', '銀行', '教育', '環境', '文化', '體育', '公務員', '機場', '碼頭', '渡輪', '巴士', '議員', '特首', '食物', '安全', '調查', '報告', '發展', '計劃', '社區', '長者', '青年'];
const englishWords = ['harbour', 'ferry', 'police', 'housing', 'budget', 'election', 'court', 'hospital', 'school', 'market', 'typhoon', 'transport', 'airport', 'council', 'minister', 'report', 'inquiry', 'workers', 'fares', 'rents', 'tourism', 'banks', 'shares', 'teachers', 'doctors', 'weather', 'district', 'residents', 'pier', 'railway', 'bus', 'tunnel', 'bridge', 'festival', 'museum', 'exports', 'property', 'security', 'officials', 'students'];

/** A small deterministic PRNG, so every run indexes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] ?? list[0] as T;
}

function words(list: readonly string[], count: number, next: () => number, join: string): string {
  return Array.from({ length: count }, () => pick(list, next)).join(join);
}

/** Records `from` … `from + count - 1`, one minute apart in publish order. */
export function corpusRecords(from: number, count: number): PublicPageRecord[] {
  const next = random(from + 1);
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, offset) => {
    const index = from + offset;
    const chinese = index % 2 === 0;
    const list = chinese ? chineseWords : englishWords;
    const headline = chinese ? `${words(list, 4, next, '')}` : words(list, 6, next, ' ');
    const standfirst = chinese ? `${words(list, 8, next, '')}。` : `${words(list, 12, next, ' ')}.`;
    const bodyText = chinese ? Array.from({ length: 6 }, () => `${words(list, 10, next, '')}。`).join('') : Array.from({ length: 6 }, () => `${words(list, 15, next, ' ')}.`).join(' ');
    const tags = [pick(list, next), pick(list, next)];
    const topics = [pick(list, next)];
    const time = new Date(start + index * 60_000).toISOString();
    return {
      articleId: `bench-${index}`,
      docId: (start + index * 60_000) * 1000,
      slug: `bench-${index}`,
      state: 'live',
      language: chinese ? 'zh-Hant' : 'en',
      section: chinese ? 'hong-kong' : 'world',
      headline,
      standfirst,
      bodyText,
      tags,
      topics,
      image: null,
      publishedAt: time,
      modifiedAt: time,
      html: `<!doctype html><title>${index}</title>`,
      ninjs: '{}',
      etag: `"bench-${index}"`,
      mediaIds: [],
      terms: articleSearchTerms({ headline, standfirst, bodyText, tags, topics }),
    };
  });
}

/** Queries a reader might type: 1–2 Chinese characters, Chinese words, English words and pairs. */
export function benchQueries(): string[] {
  return ['港', '鐵', '港鐵', '政府', '天氣', '立法會', '公務員', '機場', '渡輪', '香港 政府', 'ferry', 'police', 'housing budget', 'typhoon', 'harbour pier', 'museum', 'council', 'railway', '警', '醫院'];
}
