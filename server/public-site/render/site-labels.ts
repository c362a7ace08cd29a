import type { Language } from '../../../shared/article';

/** The words of the site chrome, in the page's language (articles: their own language). */
export interface SiteLabels {
  siteName: string;
  /** The masthead's slogan is always printed in both languages, this one first. */
  slogan: string;
  otherSlogan: string;
  home: string;
  latest: string;
  section: string;
  tag: string;
  topic: string;
  search: string;
  searchQuery: string;
  scope: string;
  scopes: { content: string; title: string; keyword: string };
  sort: string;
  sorts: { newest: string; oldest: string; relevance: string };
  searchResults: string;
  resultCount: (count: number) => string;
  manyResults: (cap: number) => string;
  noResults: string;
  emptyQuery: string;
  unsafeQuery: string;
  previous: string;
  next: string;
  page: (page: number) => string;
  /** A listing's links to the page of newer and of older articles. */
  newer: string;
  older: string;
  /** An archive page's span, by its oldest and newest article's Hong Kong date. */
  dateSpan: (from: string, to: string) => string;
  pagination: string;
  correction: string;
  goneTitle: string;
  goneText: string;
  notFoundTitle: string;
  notFoundText: string;
  feeds: string;
  nothingYet: string;
  published: string;
}

const chineseSlogan = '香港新聞　求真求準';
const englishSlogan = 'Hong Kong news, checked and clear';

const english: SiteLabels = {
  siteName: 'Copydesk News',
  slogan: englishSlogan,
  otherSlogan: chineseSlogan,
  home: 'Home',
  latest: 'Latest news',
  section: 'Section',
  tag: 'Tag',
  topic: 'Topic',
  search: 'Search',
  searchQuery: 'Search the news',
  scope: 'Search in',
  scopes: { content: 'Content', title: 'Title', keyword: 'Keyword' },
  sort: 'Sort',
  sorts: { newest: 'New to old', oldest: 'Old to new', relevance: 'Relevance' },
  searchResults: 'Search results',
  resultCount: (count) => (count === 1 ? '1 article found' : `${count} articles found`),
  manyResults: (cap) => `More than ${cap} articles found`,
  noResults: 'No article matches. Try fewer or different words, or search in Content.',
  emptyQuery: 'Type a word or a name to search the news.',
  unsafeQuery: 'That search could not be used: keep it under 200 characters of ordinary text and try again.',
  previous: 'Previous page',
  next: 'Next page',
  page: (page) => `Page ${page}`,
  newer: 'Newer articles',
  older: 'Older articles',
  dateSpan: (from, to) => (from === to ? from : `${from} to ${to}`),
  pagination: 'Pages',
  correction: 'Correction',
  goneTitle: 'This article has been withdrawn',
  goneText: 'The article that was at this address is no longer published.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. Try the search or the latest news.',
  feeds: 'RSS feed',
  nothingYet: 'Nothing has been published here yet.',
  published: 'Published',
};

const traditionalChinese: SiteLabels = {
  siteName: '筆政新聞',
  slogan: chineseSlogan,
  otherSlogan: englishSlogan,
  home: '首頁',
  latest: '最新新聞',
  section: '欄目',
  tag: '標籤',
  topic: '專題',
  search: '搜尋',
  searchQuery: '搜尋新聞',
  scope: '搜尋範圍',
  scopes: { content: '內容', title: '標題', keyword: '關鍵字' },
  sort: '排序',
  sorts: { newest: '由新至舊', oldest: '由舊至新', relevance: '相關度' },
  searchResults: '搜尋結果',
  resultCount: (count) => `找到 ${count} 篇文章`,
  manyResults: (cap) => `找到超過 ${cap} 篇文章`,
  noResults: '找不到相符的文章。請減少或更換字詞，或改為搜尋內容。',
  emptyQuery: '請輸入字詞或名稱搜尋新聞。',
  unsafeQuery: '無法使用這個搜尋：請以不多於 200 字的一般文字再試。',
  previous: '上一頁',
  next: '下一頁',
  page: (page) => `第 ${page} 頁`,
  newer: '較新文章',
  older: '較舊文章',
  dateSpan: (from, to) => (from === to ? from : `${from} 至 ${to}`),
  pagination: '頁碼',
  correction: '更正',
  goneTitle: '此文章已撤回',
  goneText: '此網址的文章已不再刊登。',
  notFoundTitle: '找不到網頁',
  notFoundText: '此網址沒有網頁。請試用搜尋，或閱讀最新新聞。',
  feeds: 'RSS 訂閱',
  nothingYet: '這裏暫時未有文章。',
  published: '發佈',
};

const simplifiedChinese: SiteLabels = {
  ...traditionalChinese,
  siteName: '笔政新闻',
  home: '首页',
  latest: '最新新闻',
  section: '栏目',
  tag: '标签',
  topic: '专题',
  searchQuery: '搜索新闻',
  search: '搜索',
  scope: '搜索范围',
  scopes: { content: '内容', title: '标题', keyword: '关键字' },
  sort: '排序',
  sorts: { newest: '由新至旧', oldest: '由旧至新', relevance: '相关度' },
  searchResults: '搜索结果',
  resultCount: (count) => `找到 ${count} 篇文章`,
  manyResults: (cap) => `找到超过 ${cap} 篇文章`,
  noResults: '找不到相符的文章。请减少或更换字词，或改为搜索内容。',
  emptyQuery: '请输入字词或名称搜索新闻。',
  unsafeQuery: '无法使用这个搜索：请以不多于 200 字的一般文字再试。',
  previous: '上一页',
  next: '下一页',
  page: (page) => `第 ${page} 页`,
  newer: '较新文章',
  older: '较旧文章',
  pagination: '页码',
  correction: '更正',
  goneTitle: '此文章已撤回',
  goneText: '此网址的文章已不再刊登。',
  notFoundTitle: '找不到网页',
  notFoundText: '此网址没有网页。请试用搜索，或阅读最新新闻。',
  feeds: 'RSS 订阅',
  nothingYet: '这里暂时未有文章。',
  published: '发布',
};

export function siteLabels(language: Language): SiteLabels {
  if (language === 'en') return english;
  if (language === 'zh-Hans') return simplifiedChinese;
  return traditionalChinese;
}
