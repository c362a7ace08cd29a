import { escapeHtml } from './escape-html';
import { integerAttr, stringAttr } from './node-attrs';
import { renditionSrcset, figureSizes } from './rendition-srcset';
import { resolveImageSrc } from './resolve-image-src';

export interface FigureRenderOptions {
  className: string;
  mediaBase: string;
  /** The lead image is the page's largest paint: load it at once; body figures load as they near view. */
  eager?: boolean;
}

/**
 * An image with its caption and credit. The caption ends in the credit, as the outlet prints
 * it: "A ferry at Central Pier. (File Photo)". An image whose address is unsafe is left out;
 * its caption still shows so nothing an editor wrote disappears.
 */
export function renderFigure(attrs: Record<string, unknown>, options: FigureRenderOptions): string {
  const src = resolveImageSrc(stringAttr(attrs, 'src'), options.mediaBase);
  const srcset = src === null ? null : renditionSrcset(stringAttr(attrs, 'src'), options.mediaBase);
  const responsive = srcset === null ? '' : ` srcset="${escapeHtml(srcset)}" sizes="${figureSizes}"`;
  const caption = stringAttr(attrs, 'caption').trim();
  const credit = stringAttr(attrs, 'credit').trim();
  const alt = stringAttr(attrs, 'alt');
  const width = integerAttr(attrs, 'width');
  const height = integerAttr(attrs, 'height');
  const size = width !== undefined && height !== undefined ? ` width="${width}" height="${height}"` : '';
  const image = src === null ? '' : `<img src="${escapeHtml(src)}"${responsive} alt="${escapeHtml(alt)}"${size}${options.eager === true ? ' fetchpriority="high"' : ' loading="lazy"'} decoding="async">`;
  const parts: string[] = [];
  if (caption !== '') parts.push(`<span class="caption">${escapeHtml(caption)}</span>`);
  if (credit !== '') parts.push(`<span class="credit">${escapeHtml(credit)}</span>`);
  const figcaption = parts.length > 0 ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  if (image === '' && figcaption === '') return '';
  return `<figure class="${escapeHtml(options.className)}">${image}${figcaption}</figure>`;
}
