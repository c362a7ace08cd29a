import { articleImages, type ArticleImage } from './article-images';
import { renderArticleBody } from './render-article-body';
import { intakeRenditions } from './rendition-srcset';
import type { RenderableArticle, RenderOptions } from './render-options';
import { absoluteUrl, resolveImageSrc } from './resolve-image-src';
import { sanitizeUrl } from '../url/sanitize-url';

/** A ninjs 2.2 object, typed only as far as this renderer writes it. */
export type Ninjs = Record<string, unknown>;

function imageContentType(src: string): string | undefined {
  const extension = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(src)?.[1]?.toLowerCase();
  if (extension === 'webp') return 'image/webp';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'png') return 'image/png';
  if (extension === 'gif') return 'image/gif';
  return undefined;
}

/** The intake's smaller WebP files (see rendition-srcset.ts), for receivers that want a thumbnail. */
function smallerRenditions(src: string, options: RenderOptions): Ninjs[] {
  const renditions = intakeRenditions(src);
  if (renditions === null) return [];
  return renditions.widths
    .slice(1)
    .map((width) => {
      const href = absoluteUrl(`${options.mediaBase ?? ''}media/${renditions.mediaId}/${width}.webp`, options.siteUrl);
      return { name: `w${width}`, ...(href !== null ? { href } : {}), contenttype: 'image/webp', width };
    });
}

function imageAssociation(image: ArticleImage, name: string, options: RenderOptions): Ninjs {
  const src = resolveImageSrc(image.src, options.mediaBase ?? '');
  const href = src === null ? null : absoluteUrl(src, options.siteUrl);
  const contenttype = imageContentType(image.src);
  const descriptions = [
    ...(image.caption !== '' ? [{ role: 'caption', contenttype: 'text/plain', value: image.caption }] : []),
    ...(image.credit !== '' ? [{ role: 'creditline', contenttype: 'text/plain', value: image.credit }] : []),
    ...(image.alt !== '' ? [{ role: 'alternative', contenttype: 'text/plain', value: image.alt }] : []),
  ];
  const rendition = {
    name: 'main',
    ...(href !== null ? { href } : {}),
    ...(contenttype !== undefined ? { contenttype } : {}),
    ...(image.width !== undefined ? { width: image.width } : {}),
    ...(image.height !== undefined ? { height: image.height } : {}),
  };
  return {
    name,
    uri: `urn:copydesk:media:${encodeURIComponent(image.mediaId || name)}`,
    type: 'picture',
    ...(descriptions.length > 0 ? { descriptions } : {}),
    renditions: [rendition, ...smallerRenditions(image.src, options)],
  };
}

function relatedAssociations(article: RenderableArticle, options: RenderOptions): Ninjs[] {
  return article.relatedLinks.flatMap((related, index) => {
    const internal = related.articleId === undefined ? undefined : options.articleUrl?.(related.articleId);
    const candidate = related.url !== undefined && related.url !== '' ? sanitizeUrl(related.url) : internal;
    const absolute = candidate === undefined || candidate === null ? null : absoluteUrl(candidate, options.siteUrl);
    const uri = absolute ?? (related.articleId !== undefined ? `urn:copydesk:article:${encodeURIComponent(related.articleId)}` : null);
    if (uri === null) return [];
    return [{ name: `related-${index + 1}`, uri, type: 'text', headlines: [{ role: 'main', value: related.title }] }];
  });
}

function articleUri(article: RenderableArticle, options: RenderOptions): string {
  const canonical = options.canonicalUrl === undefined ? null : absoluteUrl(options.canonicalUrl, options.siteUrl);
  if (canonical !== null) return canonical;
  return `urn:copydesk:article:${encodeURIComponent(article.id ?? (article.slug || 'draft'))}`;
}

/**
 * IPTC ninjs 2.2 for syndication: the text body as HTML, images as associations whose caption
 * and credit are `descriptions` with the roles `caption` and `creditline`, tags and topics as
 * subjects, related news as associated text items.
 */
export function articleNinjs(article: RenderableArticle, options: RenderOptions = {}): Ninjs {
  const images = articleImages(article);
  let figureNumber = 0;
  const imageAssociations = images.map((image) => {
    if (image.role === 'lead') return imageAssociation(image, 'leadimage', options);
    figureNumber += 1;
    return imageAssociation(image, `figure-${figureNumber}`, options);
  });
  const associations = [...imageAssociations, ...relatedAssociations(article, options)];
  const subjects = [
    ...(article.section !== '' ? [{ name: options.section?.name ?? article.section, rel: 'section' }] : []),
    ...article.tags.map((name) => ({ name, rel: 'tag' })),
    ...article.topics.map((name) => ({ name, rel: 'topic' })),
  ];
  return {
    uri: articleUri(article, options),
    type: 'text',
    representationtype: 'full',
    profile: 'copydesk-article',
    ...(article.revision !== undefined ? { version: String(article.revision) } : {}),
    ...(article.createdAt !== undefined ? { firstcreated: article.createdAt } : {}),
    ...(article.updatedAt !== undefined ? { versioncreated: article.updatedAt } : {}),
    pubstatus: 'usable',
    language: article.language,
    ...(options.siteName !== undefined ? { copyrightholder: options.siteName } : {}),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: article.headline }],
    ...(article.standfirst !== '' ? { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }] } : {}),
    ...(article.byline !== '' ? { by: article.byline } : {}),
    ...(article.dateline !== '' ? { located: article.dateline } : {}),
    ...(article.slug !== '' ? { slugline: article.slug } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    bodies: [{ role: 'main', contenttype: 'text/html', value: renderArticleBody(article.body, article.language, options.mediaBase ?? '') }],
    ...(associations.length > 0 ? { associations } : {}),
  };
}
