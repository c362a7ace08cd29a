import { describe, expect, it } from 'vitest';
import { sectionRule } from '../../../shared/checklist/rules/section-rule';
import { tagsRule } from '../../../shared/checklist/rules/tags-rule';
import { completeArticle } from './complete-article';

describe('tags rule', () => {
  it('asks for at least one tag', () => {
    expect(tagsRule(completeArticle({ tags: [] })).map((p) => p.code)).toEqual(['tags_missing']);
    expect(tagsRule(completeArticle({ tags: ['交通'] }))).toEqual([]);
  });
});

describe('section rule', () => {
  it('asks for a section', () => {
    expect(sectionRule(completeArticle({ section: '' }))).toEqual([
      { field: 'section', code: 'section_missing', message: 'No section: choose the section this article belongs to.' },
    ]);
  });
});
