// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../renderer/editor/paste/sanitize-pasted-html';
import { caseCounter, fuzzRuns } from '../../helpers/fuzz-settings';
import { hostileHtml } from '../../helpers/hostile-html';

function parsed(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const holder = document.createElement('div');
  holder.append(template.content.cloneNode(true));
  return holder;
}

describe('fuzz: the paste sanitizer', () => {
  it('never throws, and its output holds no script, event handler or javascript: URL', () => {
    const cases = caseCounter('sanitizePastedHtml');
    fc.assert(
      fc.property(fc.array(hostileHtml, { maxLength: 4 }).map((parts) => parts.join('')), (html) => {
        cases.count();
        const clean = parsed(sanitizePastedHtml(html));
        for (const element of clean.querySelectorAll('*')) {
          expect(['script', 'style', 'iframe', 'svg', 'math', 'object', 'img', 'form', 'textarea', 'template']).not.toContain(element.localName);
          for (const attribute of element.attributes) {
            expect(attribute.name).not.toMatch(/^on/i);
            // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme
            expect(attribute.value.replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(/^(javascript|data|vbscript):/i);
          }
        }
      }),
      fuzzRuns(200),
    );
    cases.report();
  });

  it('drops figure attributes outside a figure (the case fuzzing found)', () => {
    expect(sanitizePastedHtml('<p data-src="javascript:alert(1)" data-caption="x">Ferry</p>')).toBe('<p>Ferry</p>');
  });

  it('keeps the words of plain paragraphs', () => {
    const cases = caseCounter('sanitizePastedHtml round-trip');
    const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fff]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        cases.count();
        const html = paragraphs.map((words) => `<p>${words.join(' ')}</p>`).join('');
        const clean = parsed(sanitizePastedHtml(html));
        expect([...clean.querySelectorAll('p')].map((p) => p.textContent)).toEqual(paragraphs.map((words) => words.join(' ')));
      }),
      fuzzRuns(60),
    );
    cases.report();
  });
});
