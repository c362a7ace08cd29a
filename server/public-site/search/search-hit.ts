import type { PublicPagesTable } from '../db/public-site-tables';

/** A page row as listings, search results and feeds show it. */
export interface PublicListItem {
  articleId: string;
  slug: string;
  language: string;
  section: string;
  headline: string;
  standfirst: string;
  bodyText: string;
  tags: string[];
  topics: string[];
  imageSrc: string;
  imageWidth: number;
  imageHeight: number;
  publishedAt: string;
  modifiedAt: string;
}

export const listColumns = [
  'article_id',
  'slug',
  'language',
  'section',
  'headline',
  'standfirst',
  'body_text',
  'tags',
  'topics',
  'image_src',
  'image_width',
  'image_height',
  'published_at',
  'modified_at',
] as const;

type ListRow = Pick<PublicPagesTable, (typeof listColumns)[number]>;

function stringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function listItemFromRow(row: ListRow): PublicListItem {
  return {
    articleId: row.article_id,
    slug: row.slug,
    language: row.language,
    section: row.section,
    headline: row.headline,
    standfirst: row.standfirst,
    bodyText: row.body_text,
    tags: stringList(row.tags),
    topics: stringList(row.topics),
    imageSrc: row.image_src,
    imageWidth: row.image_width,
    imageHeight: row.image_height,
    publishedAt: row.published_at,
    modifiedAt: row.modified_at,
  };
}

export interface ListPage {
  items: PublicListItem[];
  total: number;
}
