/**
 * The photo desk's edits change images only: after every operation each text field and every
 * text node (with its marks, its place and the nodes around it) is exactly what the reporter wrote.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleContent, DocNode } from '../../../shared/article';
import type { PhotoSet, UploadedImage } from '../../../shared/desk-api-photos';
import { attachToSet } from '../../../shared/photos/attach-to-set';
import { photoSetOf, withPhotoSet } from '../../../electron/desk/photos/photo-set';

function reporterContent(): ArticleContent {
  return {
    slug: 'harbour-ferry-fares-rise',
    language: 'zh-Hant',
    section: 'hong-kong',
    headline: '天星小輪加價',
    standfirst: '營辦商指燃油成本上升',
    byline: '本報記者',
    dateline: '香港',
    leadImage: null,
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '票價將於一月上調。' }, { type: 'text', text: '五個百分點', marks: [{ type: 'bold' }] }] },
        {
          type: 'caseSection',
          attrs: { title: '個案一：天星小輪' },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'The operator said fuel costs had doubled.' }] },
            { type: 'figure', attrs: { mediaId: 'm_old', src: '/media/m_old/large', caption: 'Old pier', credit: 'File', alt: 'A pier' } },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Reaction' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Passengers', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] }] }] },
      ],
    },
    tags: ['transport', '渡輪'],
    topics: ['Cost of living'],
    relatedLinks: [{ title: 'Bus fares frozen', url: 'https://example.org/bus' }],
  };
}

/** Everything that is not an image, spelled out field by field: what the photo desk must never change. */
function textOf(content: ArticleContent) {
  const strip = (nodes: DocNode[] | undefined): unknown =>
    nodes?.filter((node) => node.type !== 'figure').map((node) => ({ type: node.type, attrs: node.attrs, marks: node.marks, text: node.text, content: strip(node.content) }));
  return {
    slug: content.slug,
    language: content.language,
    section: content.section,
    headline: content.headline,
    standfirst: content.standfirst,
    byline: content.byline,
    dateline: content.dateline,
    tags: content.tags,
    topics: content.topics,
    relatedLinks: content.relatedLinks,
    body: strip(content.body.content),
  };
}

function uploaded(mediaId: string, caption = '', credit = ''): UploadedImage {
  return { mediaId, src: `media/${mediaId}/large`, caption, credit, width: 2000, height: 1200 };
}

describe('the photo set of an article', () => {
  const original = reporterContent();
  const before = structuredClone(textOf(original));

  it('lists the lead image and every figure in reading order, inside case sections too', () => {
    expect(photoSetOf(original)).toEqual({ lead: null, figures: [{ mediaId: 'm_old', src: '/media/m_old/large', caption: 'Old pier', credit: 'File', alt: 'A pier' }] });
  });

  it('sets, replaces, adds, edits: each operation leaves every text field and text node as it was', () => {
    const steps: [string, (images: PhotoSet) => PhotoSet][] = [
      ['set the lead image', (images) => attachToSet(images, { kind: 'lead' }, [uploaded('m_lead', '碼頭上的渡輪', '（資料圖片）')])],
      ['replace the lead image', (images) => attachToSet(images, { kind: 'lead' }, [uploaded('m_lead2')])],
      ['add two figures', (images) => attachToSet(images, { kind: 'addFigures' }, [uploaded('m_a', 'First'), uploaded('m_b', 'Second', 'Photo: Ho')])],
      ['replace the figure in the case section', (images) => attachToSet(images, { kind: 'figure', index: 0 }, [uploaded('m_new', 'New pier')])],
      ['edit a caption, credit and alt text', (images) => ({ ...images, figures: images.figures.map((figure, index) => (index === 1 ? { ...figure, caption: 'Edited', credit: 'Desk', alt: 'Two ferries' } : figure)) })],
      ['send fewer figures than the article has', (images) => ({ ...images, figures: [] })],
    ];
    let images = photoSetOf(original);
    let content = original;
    for (const [name, step] of steps) {
      images = step(images);
      content = withPhotoSet(content, images);
      expect(textOf(content), name).toEqual(before);
    }
    expect(original).toEqual(reporterContent());
  });

  it('puts each image where it was asked for, keeping what the place had when the file has no caption', () => {
    let images = attachToSet(photoSetOf(original), { kind: 'lead' }, [uploaded('m_lead', '碼頭上的渡輪', '（資料圖片）')]);
    images = { ...images, lead: images.lead ? { ...images.lead, alt: '綠白色渡輪' } : null };
    images = attachToSet(images, { kind: 'lead' }, [uploaded('m_lead2')]);
    expect(images.lead).toEqual({ mediaId: 'm_lead2', src: 'media/m_lead2/large', caption: '碼頭上的渡輪', credit: '（資料圖片）', alt: '綠白色渡輪', width: 2000, height: 1200 });

    images = attachToSet(images, { kind: 'addFigures' }, [uploaded('m_a', 'First'), uploaded('m_b', 'Second', 'Photo: Ho')]);
    images = attachToSet(images, { kind: 'figure', index: 0 }, [uploaded('m_new', 'New pier')]);
    const content = withPhotoSet(original, images);
    expect(content.leadImage?.mediaId).toBe('m_lead2');
    const caseSection = content.body.content[1];
    expect(caseSection?.content?.[1]).toEqual({ type: 'figure', attrs: { mediaId: 'm_new', src: 'media/m_new/large', caption: 'New pier', credit: 'File', alt: 'A pier' } });
    expect(content.body.content.slice(4)).toEqual([
      { type: 'figure', attrs: { mediaId: 'm_a', src: 'media/m_a/large', caption: 'First', credit: '', alt: '' } },
      { type: 'figure', attrs: { mediaId: 'm_b', src: 'media/m_b/large', caption: 'Second', credit: 'Photo: Ho', alt: '' } },
    ]);
    expect(photoSetOf(content).figures.map((figure) => figure.mediaId)).toEqual(['m_new', 'm_a', 'm_b']);
  });

  it('adds further files chosen for one place as new figures, so no photo is dropped', () => {
    const images = attachToSet({ lead: null, figures: [] }, { kind: 'lead' }, [uploaded('m_1', 'One'), uploaded('m_2', 'Two')]);
    expect(images.lead?.mediaId).toBe('m_1');
    expect(images.figures.map((figure) => [figure.mediaId, figure.caption])).toEqual([['m_2', 'Two']]);
  });
});
