/**
 * Realistic bench drafts: Traditional Chinese and English news paragraphs built from a newsroom
 * vocabulary, mixed as a bilingual desk mixes them, 5–50 KB per draft. Deterministic (seeded).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { Article } from '../../shared/article';
import { toRecord } from '../../electron/desk/drafts/draft-catalog';
import { DraftTermsCalculator } from '../../electron/desk/search/draft-terms';

const chineseWords = (
  '政府 香港 立法會 行政長官 房屋 交通 渡輪 巴士 港鐵 票價 加價 市民 乘客 運輸署 財政 預算 經濟 通脹 利率 樓價 ' +
  '公屋 居屋 租金 醫院 醫生 護士 病人 輪候 教育 學校 學生 老師 考試 大學 警方 法院 案件 被告 證人 法官 判決 ' +
  '上訴 保釋 颱風 天文台 暴雨 警告 酷熱 空氣 污染 環境 海港 垃圾 回收 碳排放 能源 電力 燃料 成本 營運商 補貼 ' +
  '工會 工資 僱員 失業率 零售 旅客 酒店 機場 航空 航班 貨運 碼頭 貿易 出口 進口 銀行 股市 恒生指數 投資者 企業 ' +
  '科技 創新 數碼 網絡 私隱 保安 社區 區議會 選舉 議員 委員會 諮詢 文件 報告 調查 數據 統計 人口 長者 安老院 ' +
  '福利 津貼 婦女 兒童 青年 體育 文化 博物館 展覽 音樂 電影 藝術 節日 新年 中秋 天星小輪 中環 尖沙咀 旺角 ' +
  '沙田 元朗 大埔 將軍澳 東涌 離島 新界 九龍 港島 深圳 大灣區 內地 國際 美國 英國 日本 台灣 澳門 記者 消息 ' +
  '表示 指出 認為 宣布 計劃 明年 今日 昨日 上午 下午 晚上 目前 預計 可能 需要 影響 增加 減少 提高 下降 約 ' +
  '百分之 億元 萬元 個案 人次 方面 問題 情況 措施 政策 安排 服務 設施 工程 項目 完成 開始 繼續 暫停 恢復'
).split(' ');
const englishWords = (
  'government harbour ferry fares rise operators transport department passengers subsidy fuel costs budget ' +
  'housing rent hospital doctors patients waiting schools students exams university police court case judge ' +
  'appeal bail typhoon observatory rainstorm warning pollution environment recycling carbon energy electricity ' +
  'union wages workers unemployment retail tourists hotels airport flights cargo trade exports banks stocks ' +
  'investors technology innovation privacy security community council election lawmakers committee report ' +
  'survey data population elderly welfare children youth sports culture museum exhibition music festival ' +
  'central kowloon new territories shenzhen greater bay area mainland international reporters said announced ' +
  'plans next year today yesterday morning afternoon expected may need impact increase decrease percent ' +
  'billion million cases measures policy services facilities project completed started continued suspended the ' +
  'a of to in for on with by from at as will would could after before while since because and but or'
).split(' ');
export const topicsPool = ['Cost of living', '交通', '房屋', 'Environment', '醫療', 'Education', '法庭', 'Economy', '天氣', 'Culture'];
export const tagsPool = [...chineseWords.slice(0, 60), ...englishWords.slice(0, 40)];

export interface Random {
  next(): number;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number], int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/**
 * The words a desk writes with: the newsroom vocabulary above as the most frequent ranks, then a
 * long tail of generated words — Chinese words of one to four characters from 5,000 CJK
 * characters, English words from syllables — drawn by Zipf's law (rank r has weight 1/r), as
 * words are in real text. The tail matters: the search index holds one entry per distinct term,
 * and real news text has hundreds of thousands of distinct Chinese character pairs, not the few
 * thousand a small vocabulary gives. Words are placed next to each other at random, which makes
 * even more distinct pairs than real text does: the index measured here is, if anything, larger.
 */
export interface Lexicon {
  chinese: ZipfPicker;
  english: ZipfPicker;
}

interface ZipfPicker {
  pick(random: Random): string;
}

function zipfPicker(words: string[]): ZipfPicker {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  });
  return {
    pick(random) {
      const target = random.next() * total;
      let low = 0;
      let high = words.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] ?? 0) < target) low = middle + 1;
        else high = middle;
      }
      return words[low] ?? '';
    },
  };
}

export function makeLexicon(random: Random, tailSize = { chinese: 40_000, english: 20_000 }): Lexicon {
  const characters: string[] = [];
  const seen = new Set<number>();
  while (characters.length < 5000) {
    const code = random.int(0x4e00, 0x9fa5);
    if (seen.has(code)) continue;
    seen.add(code);
    characters.push(String.fromCodePoint(code));
  }
  // Characters are themselves Zipf-distributed: a few thousand carry almost all of the text.
  const character = zipfPicker(characters);
  const chineseTail = new Set<string>();
  while (chineseTail.size < tailSize.chinese) {
    const length = random.pick([1, 2, 2, 2, 2, 2, 3, 3, 4]);
    chineseTail.add(Array.from({ length }, () => character.pick(random)).join(''));
  }
  const syllables = ['ba', 'ca', 'de', 'fi', 'go', 'ha', 'ji', 'ko', 'la', 'me', 'ni', 'po', 'qu', 'ra', 'se', 'ti', 'vo', 'wa', 'xe', 'yu', 'zo', 'ar', 'en', 'il', 'on', 'us', 'st', 'tr', 'ch', 'sh'];
  const englishTail = new Set<string>();
  while (englishTail.size < tailSize.english) {
    englishTail.add(Array.from({ length: random.int(2, 4) }, () => random.pick(syllables)).join('') + random.pick(['', '', 's', 'ed', 'ing', 'er']));
  }
  return {
    chinese: zipfPicker([...chineseWords, ...[...chineseTail].filter((word) => !chineseWords.includes(word))]),
    english: zipfPicker([...englishWords, ...[...englishTail].filter((word) => !englishWords.includes(word))]),
  };
}

function chineseSentence(random: Random, lexicon: Lexicon): string {
  return `${Array.from({ length: random.int(8, 20) }, () => lexicon.chinese.pick(random)).join('')}${random.pick(['。', '，', '；', '。'])}`;
}

function englishSentence(random: Random, lexicon: Lexicon): string {
  const words = Array.from({ length: random.int(8, 22) }, () => lexicon.english.pick(random));
  const first = words[0] ?? 'the';
  return `${first[0]?.toUpperCase() ?? ''}${first.slice(1)} ${words.slice(1).join(' ')}.`;
}

/** A paragraph of two to five sentences, in the draft's language or (a third of the time) the other. */
function paragraph(random: Random, lexicon: Lexicon, english: boolean): string {
  const inEnglish = random.next() < 0.33 ? !english : english;
  const sentences = Array.from({ length: random.int(2, 5) }, () => (inEnglish ? englishSentence(random, lexicon) : chineseSentence(random, lexicon)));
  return sentences.join(inEnglish ? ' ' : '');
}

/** One draft with its own text (no two drafts share paragraphs), 5–50 KB of JSON. */
export function makeDraft(random: Random, lexicon: Lexicon, at: Date): Article {
  const english = random.next() < 0.35;
  const targetBytes = random.int(5 * 1024, 50 * 1024);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const text = paragraph(random, lexicon, english);
    paragraphs.push(text);
    bytes += Buffer.byteLength(text) + 60;
  }
  const iso = at.toISOString();
  return {
    id: ulid(at.getTime()),
    slug: '',
    language: english ? 'en' : 'zh-Hant',
    section: 'hong-kong',
    headline: (english ? englishSentence(random, lexicon) : chineseSentence(random, lexicon)).slice(0, 100),
    standfirst: english ? englishSentence(random, lexicon) : chineseSentence(random, lexicon),
    byline: english ? 'Staff Reporter' : '本報記者',
    dateline: english ? 'Hong Kong' : '香港',
    leadImage: null,
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    tags: Array.from(new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(tagsPool)))),
    topics: [random.pick(topicsPool)],
    relatedLinks: [],
    status: random.next() < 0.8 ? 'draft' : 'in_review',
    revision: random.int(1, 40),
    createdAt: iso,
    updatedAt: iso,
    approvals: [],
    notes: [],
  };
}

/**
 * Writes `count` drafts the way the store leaves them (draft file, term file, journal line),
 * without fsync: this is set-up, not the thing measured.
 */
export async function generateDrafts(dataDir: string, count: number, seed: number): Promise<{ bytes: number }> {
  const random = seededRandom(seed);
  const lexicon = makeLexicon(random);
  const terms = new DraftTermsCalculator();
  await mkdir(join(dataDir, 'drafts'), { recursive: true });
  await mkdir(join(dataDir, 'index'), { recursive: true });
  const journal: string[] = [];
  let bytes = 0;
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let index = 0; index < count; index += 1) {
    const article = makeDraft(random, lexicon, new Date(start + index * 60_000));
    const text = JSON.stringify(article);
    bytes += text.length;
    await writeFile(join(dataDir, 'drafts', `${article.id}.json`), text);
    await writeFile(join(dataDir, 'index', `${article.id}.terms.json`), JSON.stringify(terms.termsOf(article)));
    journal.push(JSON.stringify(toRecord(article, null)));
  }
  await writeFile(join(dataDir, 'index', 'drafts.ndjson'), `${journal.join('\n')}\n`);
  return { bytes };
}
