import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/article';
import { documentProblems } from '../../../shared/editor/validate-document';
import { htmlToDoc } from '../../../electron/desk/transfer/html-to-doc';
import { caseCounter, fuzzRuns } from '../../helpers/fuzz-settings';
import { hostileHtml } from '../../helpers/hostile-html';

function links(node: DocNode): string[] {
  const own = (node.marks ?? []).flatMap((mark) => (mark.type === 'link' && typeof mark.attrs?.href === 'string' ? [mark.attrs.href] : []));
  return [...own, ...(node.content ?? []).flatMap(links)];
}

function texts(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(texts).join(node.type === 'doc' ? '\n' : '');
}

const noImages = () => null;

describe('fuzz: the .docx HTML conversion', () => {
  it('never throws, always yields a body the editor schema accepts, with no unsafe link', () => {
    const cases = caseCounter('htmlToDoc');
    fc.assert(
      fc.property(fc.array(hostileHtml, { maxLength: 5 }).map((parts) => parts.join('')), (html) => {
        cases.count();
        const converted = htmlToDoc(html, noImages);
        expect(documentProblems(converted.body)).toEqual([]);
        for (const href of links(converted.body)) expect(href).toMatch(/^(https?:|mailto:)/i);
      }),
      fuzzRuns(600),
    );
    cases.report();
  });

  it('the cases fuzzing found: text directly in a list, an item outside a list, a list in a list', () => {
    for (const [html, text] of [['<ul>Harbour ferry', 'Harbour ferry'], ['<li>Star Ferry</li>', 'Star Ferry'], ['<ul><ul>Nested</ul></ul>', 'Nested'], ['<p><li>', '']]) {
      const { body } = htmlToDoc(html ?? '', noImages);
      expect(documentProblems(body)).toEqual([]);
      expect(texts(body)).toBe(text);
    }
  });

  it('keeps the text of mammoth-style paragraphs', () => {
    const cases = caseCounter('htmlToDoc round-trip');
    const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fff]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (paragraphs) => {
        cases.count();
        const html = paragraphs.map((words, index) => (index % 2 === 0 ? `<p>${words.join(' ')}</p>` : `<p><strong>${words.join(' ')}</strong></p>`)).join('');
        expect(texts(htmlToDoc(html, noImages).body)).toBe(paragraphs.map((words) => words.join(' ')).join('\n'));
      }),
      fuzzRuns(300),
    );
    cases.report();
  });
});
