import type { Section } from './section-schema';

/**
 * The sections a new newsroom server starts with, and what the desk offers before it has ever
 * reached a server: those of a Hong Kong general-news outlet, local news first.
 */
export const defaultSections: readonly Section[] = [
  { slug: 'hong-kong', names: { en: 'Hong Kong', 'zh-Hant': '香港' }, position: 0 },
  { slug: 'china', names: { en: 'China', 'zh-Hant': '中國' }, position: 1 },
  { slug: 'world', names: { en: 'World', 'zh-Hant': '國際' }, position: 2 },
  { slug: 'business', names: { en: 'Business', 'zh-Hant': '財經' }, position: 3 },
  { slug: 'sport', names: { en: 'Sport', 'zh-Hant': '體育' }, position: 4 },
  { slug: 'opinion', names: { en: 'Opinion', 'zh-Hant': '評論' }, position: 5 },
  { slug: 'culture', names: { en: 'Culture', 'zh-Hant': '文化' }, position: 6 },
];
