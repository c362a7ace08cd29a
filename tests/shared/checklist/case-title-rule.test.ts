import { describe, expect, it } from 'vitest';
import { caseTitleRule } from '../../../shared/checklist/rules/case-title-rule';
import { completeArticle } from './complete-article';

const caseSection = (title: string) => ({ type: 'caseSection', attrs: { title }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text' }] }] });

describe('case title rule', () => {
  it('names the case whose title is empty as the editor names it', () => {
    const article = completeArticle({ body: { type: 'doc', content: [caseSection('First'), caseSection('  ')] } });
    expect(caseTitleRule(article)).toEqual([
      {
        field: 'body.caseSections.1.title',
        code: 'case_title_missing',
        message: 'Case 2 has no title: write a title or delete the case.',
        params: { position: 2, label: 'Case 2' },
      },
    ]);
  });

  it('calls a Chinese article’s case 案例二, as its editor and public page do', () => {
    const article = completeArticle({ language: 'zh-Hant', body: { type: 'doc', content: [caseSection('第一宗'), caseSection('')] } });
    expect(caseTitleRule(article).map((problem) => problem.params)).toEqual([{ position: 2, label: '案例二' }]);
  });
});
