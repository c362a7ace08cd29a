import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/article';
import { caseBodyRule } from '../../../shared/checklist/rules/case-body-rule';
import { completeArticle } from './complete-article';

const text = (value: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const caseSection = (title: string, ...content: DocNode[]): DocNode => ({ type: 'caseSection', attrs: { title }, content });
const figure: DocNode = { type: 'figure', attrs: { mediaId: 'm_2', src: 'media/m_2.jpg', caption: 'Pier', credit: 'Staff', alt: 'A pier' } };

describe('case body rule', () => {
  it('flags a case with only empty or blank paragraphs, named as the editor names it', () => {
    const article = completeArticle({
      body: { type: 'doc', content: [caseSection('Full', text('Worked there ten years.')), caseSection('Empty', { type: 'paragraph' }, text('  '))] },
    });
    expect(caseBodyRule(article)).toEqual([
      {
        field: 'body.caseSections.1.content',
        code: 'case_body_empty',
        message: 'Case 2 has no text: write the case or delete it.',
        params: { position: 2, label: 'Case 2' },
      },
    ]);
  });

  it('calls the empty case of a Chinese article 案例一', () => {
    const article = completeArticle({ language: 'zh-Hant', body: { type: 'doc', content: [caseSection('前僱員', { type: 'paragraph' })] } });
    expect(caseBodyRule(article)).toEqual([
      {
        field: 'body.caseSections.0.content',
        code: 'case_body_empty',
        message: '案例一 has no text: write the case or delete it.',
        params: { position: 1, label: '案例一' },
      },
    ]);
  });

  it('accepts a case whose body is a figure, a list or a quote', () => {
    const list: DocNode = { type: 'bulletList', content: [{ type: 'listItem', content: [text('One point')] }] };
    const quote: DocNode = { type: 'blockquote', content: [text('“We were told nothing.”')] };
    const article = completeArticle({ body: { type: 'doc', content: [caseSection('A', figure), caseSection('B', list), caseSection('C', { type: 'paragraph' }, quote)] } });
    expect(caseBodyRule(article)).toEqual([]);
  });
});
