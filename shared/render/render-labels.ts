import type { Language } from '../article';

/** The fixed words on a public article page, in the article's own language. */
export interface RenderLabels {
  tags: string;
  relatedNews: string;
  relatedTopics: string;
  published: string;
  updated: string;
  comments: string;
  commentsPlaceholder: string;
}

const english: RenderLabels = {
  tags: 'Tags',
  relatedNews: 'Related News',
  relatedTopics: 'Related Topics',
  published: 'Published',
  updated: 'Updated',
  comments: 'Comments',
  commentsPlaceholder: 'Comments will appear here.',
};

const traditionalChinese: RenderLabels = {
  tags: '標籤',
  relatedNews: '相關新聞',
  relatedTopics: '相關專題',
  published: '發佈',
  updated: '更新',
  comments: '留言',
  commentsPlaceholder: '留言將在此顯示。',
};

const simplifiedChinese: RenderLabels = {
  tags: '标签',
  relatedNews: '相关新闻',
  relatedTopics: '相关专题',
  published: '发布',
  updated: '更新',
  comments: '留言',
  commentsPlaceholder: '留言将在此显示。',
};

export function renderLabels(language: Language): RenderLabels {
  if (language === 'en') return english;
  if (language === 'zh-Hans') return simplifiedChinese;
  return traditionalChinese;
}
