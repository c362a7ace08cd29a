import { describe, expect, it } from 'vitest';
import { defaultSections } from '../../../shared/sections/default-sections';
import { findSection } from '../../../shared/sections/find-section';
import { sectionName } from '../../../shared/sections/section-name';
import { sectionListSchema } from '../../../shared/sections/section-schema';

describe('sections', () => {
  it('the default list is valid and has unique slugs', () => {
    expect(sectionListSchema.safeParse(defaultSections).success).toBe(true);
    expect(new Set(defaultSections.map((section) => section.slug)).size).toBe(defaultSections.length);
  });

  it('finds a section by its slug', () => {
    expect(findSection(defaultSections, 'hong-kong')?.slug).toBe('hong-kong');
  });

  it('maps an old draft\'s free text to its section by either name', () => {
    expect(findSection(defaultSections, '香港')?.slug).toBe('hong-kong');
    expect(findSection(defaultSections, ' Hong Kong ')?.slug).toBe('hong-kong');
    expect(findSection(defaultSections, 'hong kong')?.slug).toBe('hong-kong');
    expect(findSection(defaultSections, '財經')?.slug).toBe('business');
  });

  it('finds nothing for an unknown or empty value', () => {
    expect(findSection(defaultSections, '娛樂')).toBeUndefined();
    expect(findSection(defaultSections, '')).toBeUndefined();
  });

  it('names a section in the page language', () => {
    const [hongKong] = defaultSections;
    expect(hongKong && sectionName(hongKong, 'en')).toBe('Hong Kong');
    expect(hongKong && sectionName(hongKong, 'zh-Hant')).toBe('香港');
    expect(hongKong && sectionName(hongKong, 'zh-Hans')).toBe('香港');
  });

  it('refuses a section whose slug is not URL-safe', () => {
    expect(sectionListSchema.safeParse([{ slug: 'Hong Kong', names: { en: 'Hong Kong', 'zh-Hant': '香港' }, position: 0 }]).success).toBe(false);
  });
});
