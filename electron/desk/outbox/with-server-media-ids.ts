import type { ArticleContent, DocNode } from '../../../shared/article';

function mapNode(node: DocNode, media: Readonly<Record<string, string>>): DocNode {
  const mediaId = node.attrs?.mediaId;
  const attrs = typeof mediaId === 'string' && media[mediaId] !== undefined ? { ...node.attrs, mediaId: media[mediaId] } : node.attrs;
  return {
    ...node,
    ...(attrs !== undefined ? { attrs } : {}),
    ...(node.content !== undefined ? { content: node.content.map((child) => mapNode(child, media)) } : {}),
  };
}

/**
 * The article as the server must see it: images uploaded by earlier jobs referred to by the
 * server's media ids instead of the desk's. Ids the map does not know are left as they are
 * (already the server's, or an image not uploaded through this outbox).
 */
export function withServerMediaIds(content: ArticleContent, media: Readonly<Record<string, string>>): ArticleContent {
  const lead = content.leadImage;
  return {
    ...content,
    leadImage: lead === null ? null : { ...lead, mediaId: media[lead.mediaId] ?? lead.mediaId },
    body: { ...content.body, content: content.body.content.map((node) => mapNode(node, media)) },
  };
}
