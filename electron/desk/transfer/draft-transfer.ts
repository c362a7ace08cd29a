import { createHash } from 'node:crypto';
import { z } from 'zod';
import { articleContentSchema, type Article, type ArticleContent, type DocNode } from '../../../shared/article';
import type { ImportChoice, ImportResult } from '../../../shared/desk-api-drafts';
import { DeskError, describeZodError } from '../../../shared/result';
import { summarize, type DraftStore } from '../drafts/draft-store';
import { ImportRecords } from './import-records';
import type { MediaLibrary } from './media-library';
import { takeImage, type ImportedContent } from './take-image';

const exportFileSchema = z.object({
  format: z.literal('copydesk-draft'),
  version: z.literal(1),
  exportedAt: z.string(),
  article: articleContentSchema,
  images: z.array(z.object({ src: z.string(), mimeType: z.string(), data: z.string() })),
});
type ExportFile = z.infer<typeof exportFileSchema>;

export const exportSuffix = '.copydesk.json';

/**
 * Export a draft as one self-contained file (the article and its images, base64) and import
 * it back, or import a Word document, as a new draft. Imported documents must fit the editor's
 * schema like anything typed; an import always takes a revision, so it appears in History.
 * A file imported before (same bytes) is not imported again silently: the desk answers
 * `seen-before` and the person chooses a new draft or replacing the one it became.
 */
export class DraftTransfer {
  private readonly store: DraftStore;
  private readonly media: MediaLibrary;
  private readonly records: ImportRecords;

  constructor(store: DraftStore, media: MediaLibrary, dataDir: string) {
    this.store = store;
    this.media = media;
    this.records = new ImportRecords(dataDir);
  }

  async export(id: string): Promise<{ fileName: string; mimeType: string; text: string }> {
    const article = await this.store.get(id);
    const images: ExportFile['images'] = [];
    for (const src of imageSources(article)) {
      const image = await this.media.read(src);
      if (image) images.push({ src, mimeType: image.mimeType, data: Buffer.from(image.bytes).toString('base64') });
    }
    const file: ExportFile = { format: 'copydesk-draft', version: 1, exportedAt: this.store.now().toISOString(), article: contentOf(article), images };
    const base = (article.slug || article.headline || article.id).replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || article.id;
    return { fileName: `${base}${exportSuffix}`, mimeType: 'application/json', text: JSON.stringify(file) };
  }

  async import(fileName: string, base64: string, choice?: ImportChoice): Promise<ImportResult> {
    const bytes = Buffer.from(base64, 'base64');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const earlier = await this.draftsStillFrom(hash);
    const latest = earlier.at(-1);
    if (!choice && latest) return { outcome: 'seen-before', existing: summarize(await this.store.get(latest.id)), importedAt: latest.importedAt };
    // Only the draft this very file became may be replaced, and only while it is in the drafts.
    if (choice?.kind === 'replace' && !earlier.some((draft) => draft.id === choice.id)) {
      throw new DeskError('conflict', `“${fileName}” was not imported as that draft, or the draft was deleted, so nothing was replaced. Import the file again.`);
    }
    const isDocx = fileName.toLowerCase().endsWith('.docx') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
    // Loaded on first import: mammoth and the editor schema are large and not needed to start.
    const { content, skippedImages } = isDocx ? await (await import('./docx-to-content')).docxToContent(bytes, this.media, 'zh-Hant') : await this.fromExport(bytes);
    const { documentProblems } = await import('../../../shared/editor/validate-document');
    const problems = documentProblems(content.body);
    if (problems.length > 0) throw new DeskError('bad_request', `“${fileName}” contains something the editor cannot hold, so nothing was imported.`, problems);
    const article = choice?.kind === 'replace' ? await this.replace(choice.id, content, isDocx) : await this.create(content);
    await this.records.remember(hash, { id: article.id, fileName, importedAt: this.store.now().toISOString() });
    return { outcome: 'imported', article, skippedImages, replaced: choice?.kind === 'replace' };
  }

  private async create(content: ArticleContent): Promise<Article> {
    const created = await this.store.create(content.language);
    await this.store.save(created.id, content, true);
    return this.store.get(created.id);
  }

  /**
   * The draft's text as the file has it now, the text it replaced kept in History first (so a
   * replace can be restored away). A Word file carries only headline, standfirst, byline and
   * body: the tags, section, lead image and the rest that were added on the desk stay.
   */
  private async replace(id: string, content: ArticleContent, isDocx: boolean): Promise<Article> {
    return this.store.serialize(id, async () => {
      const current = await this.store.read(id, 'drafts');
      await this.store.takeRevision(current, 'before-import');
      const { headline, standfirst, byline, body } = content;
      const replacement = isDocx ? { ...contentOf(current), headline, standfirst, byline, body } : content;
      const updated = await this.store.writeContent(current, replacement);
      await this.store.takeRevision(updated, 'import');
      return updated;
    });
  }

  /** The drafts a file became that are still in the drafts (not trashed, not deleted). */
  private async draftsStillFrom(hash: string) {
    const drafts = await this.records.draftsFrom(hash);
    return drafts.filter((draft) => {
      const record = this.store.record(draft.id);
      return record !== undefined && record.trashedAt === null;
    });
  }

  /** An image the desk refuses (or one missing from the file) leaves its figure out, counted. */
  private async fromExport(bytes: Uint8Array): Promise<ImportedContent> {
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      throw new DeskError('unsupported_media', `This is neither a Copydesk export (${exportSuffix}) nor a Word document (.docx).`);
    }
    const parsed = exportFileSchema.safeParse(data);
    if (!parsed.success) throw new DeskError('unsupported_media', 'This Copydesk export is damaged or from a newer version.', describeZodError(parsed.error));
    const moved = new Map<string, { mediaId: string; src: string }>();
    for (const [index, image] of parsed.data.images.entries()) {
      const taken = await takeImage(this.media, { bytes: Buffer.from(image.data, 'base64'), mimeType: image.mimeType }, `image ${index + 1}`);
      // Only where the image now lives: the export's own caption and credit are the editor's.
      if (taken) moved.set(image.src, { mediaId: taken.mediaId, src: taken.src });
    }
    const article = parsed.data.article;
    const counter = { skipped: 0 };
    const lead = article.leadImage;
    const leadTarget = lead && lead.src !== '' ? moved.get(lead.src) : undefined;
    if (lead && lead.src !== '' && !leadTarget) counter.skipped += 1;
    const leadImage = lead && (lead.src === '' || leadTarget) ? { ...lead, ...leadTarget } : null;
    const body = { type: 'doc' as const, content: relinkAll(article.body.content, moved, counter) };
    return { content: { ...article, leadImage, body }, skippedImages: counter.skipped };
  }
}

function relinkAll(nodes: DocNode[], moved: Map<string, { mediaId: string; src: string }>, counter: { skipped: number }): DocNode[] {
  return nodes.flatMap((node) => {
    const src = node.type === 'figure' && typeof node.attrs?.src === 'string' ? node.attrs.src : '';
    const target = src === '' ? undefined : moved.get(src);
    if (src !== '' && !target) {
      counter.skipped += 1;
      return [];
    }
    const attrs = target ? { ...node.attrs, ...target } : node.attrs;
    const content = node.content ? relinkAll(node.content, moved, counter) : undefined;
    return [{ ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) }];
  });
}

function imageSources(article: Article): string[] {
  const sources = new Set<string>();
  if (article.leadImage?.src) sources.add(article.leadImage.src);
  const walk = (node: DocNode) => {
    if (node.type === 'figure' && typeof node.attrs?.src === 'string' && node.attrs.src !== '') sources.add(node.attrs.src);
    node.content?.forEach(walk);
  };
  article.body.content.forEach(walk);
  return [...sources];
}

export function contentOf(article: Article): ArticleContent {
  const { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks } = article;
  return { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks };
}
