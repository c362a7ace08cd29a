import { describe, expect, it } from 'vitest';
import { fieldElementId } from '../../../renderer/screens/article/field-element-id';

describe('fieldElementId', () => {
  it('maps checklist fields to the elements the panel focuses', () => {
    expect(fieldElementId('headline')).toBe('field-headline');
    expect(fieldElementId('leadImage.caption')).toBe('field-leadImage-caption');
    expect(fieldElementId('relatedLinks.2.url')).toBe('related-link-url-2');
    expect(fieldElementId('body.figures.0.credit')).toBe('field-body');
    expect(fieldElementId('tags.3')).toBe('field-tags');
    expect(fieldElementId('slug')).toBe('field-slug');
    expect(fieldElementId('section')).toBe('field-section');
  });
});
