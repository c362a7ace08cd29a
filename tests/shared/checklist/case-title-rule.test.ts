import { describe, expect, it } from 'vitest';
import { caseTitleRule } from '../../../shared/checklist/rules/case-title-rule';
import { completeArticle } from './complete-article';

const caseSection = (title: string) => ({ type: 'caseSection', attrs: { title }, content: [{ type: 'paragraph' }] });

describe('case title rule', () => {
  it('names the case whose title is empty by its number', () => {
    const article = completeArticle({ body: { type: 'doc', content: [caseSection('First'), caseSection('  ')] } });
    expect(caseTitleRule(article)).toEqual([
      {
        field: 'body.caseSections.1.title',
        code: 'case_title_missing',
        message: 'Case 2 has no title: write a title or delete the case.',
        params: { position: 2 },
      },
    ]);
  });
});
