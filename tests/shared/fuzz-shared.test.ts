import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentProblems } from '../../shared/editor/validate-document';
import { searchHighlights, searchQueryPieces, searchQueryTokens } from '../../shared/text/search-tokens';
import { sanitizeUrl } from '../../shared/url/sanitize-url';
import { caseCounter, fuzzRuns } from '../helpers/fuzz-settings';

// Pieces that make URLs and documents interesting: schemes, escapes, invisible characters.
const urlPieces = fc.constantFrom(
  'javascript:', 'JaVaScRiPt:', 'java\tscript:', 'java\u200bscript:', '&#106;avascript:', 'data:text/html,', 'vbscript:', 'http:', 'https:', 'mailto:',
  '//', '\\\\', '/', 'media/', 'evil.example', 'user:pass@', '%0a', '%00', '\u0000', '\u202e', ' ', '?q=', '#', 'alert(1)', '<script>', '"', "'",
);
const urlLike = fc.oneof(fc.array(urlPieces, { maxLength: 6 }).map((parts) => parts.join('')), fc.string({ maxLength: 60 }), fc.webUrl());

describe('fuzz: the URL sanitizer', () => {
  it('never throws, and lets through only http(s), mailto or a safe relative path', () => {
    const cases = caseCounter('sanitizeUrl');
    fc.assert(
      fc.property(urlLike, fc.boolean(), (input, allowRelative) => {
        cases.count();
        const output = sanitizeUrl(input, { allowRelative });
        if (output === null) return;
        expect(output).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        // eslint-disable-next-line no-control-regex
        expect(output).not.toMatch(/[\u0000-\u001f\u007f]/);
        const absolute = /^(https?|mailto):/i.test(output);
        expect(absolute || (allowRelative && !output.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(output))).toBe(true);
      }),
      fuzzRuns(3000),
    );
    cases.report();
  });
});

// A document node: mostly what the editor writes, sometimes nonsense in any field.
const text = fc.string({ maxLength: 20 });
const mark = fc.oneof(
  fc.constantFrom({ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }),
  fc.record({ type: fc.constant('link'), attrs: fc.record({ href: urlLike }) }),
  fc.record({ type: fc.string({ maxLength: 8 }) }),
);
const inline = fc.oneof(
  fc.record({ type: fc.constant('text'), text: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ type: fc.constant('text'), text: fc.string({ minLength: 1, maxLength: 10 }), marks: fc.array(mark, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('hardBreak') }),
  fc.anything({ maxDepth: 2 }),
);
const block = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 4 }) }),
    fc.record({ type: fc.constant('heading'), attrs: fc.record({ level: fc.integer({ min: 0, max: 7 }) }), content: fc.array(inline, { maxLength: 3 }) }),
    fc.record({ type: fc.constantFrom('bulletList', 'orderedList', 'blockquote', 'listItem'), content: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('caseSection'), attrs: fc.record({ title: text }), content: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('figure'), attrs: fc.record({ mediaId: text, src: urlLike, caption: text, credit: text, alt: text }) }),
    fc.anything({ maxDepth: 2 }),
  ),
})).node;
const documentLike = fc.oneof(fc.record({ type: fc.constant('doc'), content: fc.array(block, { maxLength: 5 }) }), fc.anything({ maxDepth: 3 }));

describe('fuzz: the document schema check', () => {
  it('never throws; answers a list of messages, empty only for a document the schema accepts', () => {
    const cases = caseCounter('documentProblems');
    fc.assert(
      fc.property(documentLike, (body) => {
        cases.count();
        const problems = documentProblems(body);
        expect(Array.isArray(problems)).toBe(true);
        for (const problem of problems) expect(typeof problem).toBe('string');
        if (problems.length === 0) expect(body).toMatchObject({ type: 'doc' });
      }),
      fuzzRuns(1500),
    );
    cases.report();
  });
});

describe('fuzz: the search query parser (desk and site share it)', () => {
  it('never throws; terms are lowercase pieces of the query, highlights lie inside the text', () => {
    const cases = caseCounter('searchQuery');
    const query = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('九龍城 寨', '港鐵延誤', 'C++ & "quotes"', '𠮷野家', '\u0000', 'ｆｕｌｌ　ｗｉｄｔｈ'));
    fc.assert(
      fc.property(query, fc.string({ unit: 'grapheme', maxLength: 60 }), (q, text) => {
        cases.count();
        const normalized = q.normalize('NFKC').toLowerCase();
        for (const term of searchQueryTokens(q)) {
          expect(term).not.toBe('');
          expect(term).toBe(term.toLowerCase());
          expect(normalized).toContain(term);
        }
        for (const piece of searchQueryPieces(q)) expect(normalized).toContain(piece);
        for (const range of searchHighlights(text, q)) {
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.end).toBeGreaterThan(range.start);
          expect(range.end).toBeLessThanOrEqual(text.length);
        }
      }),
      fuzzRuns(1500),
    );
    cases.report();
  });
});
