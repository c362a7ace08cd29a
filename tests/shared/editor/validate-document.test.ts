import { describe, expect, it } from 'vitest';
import { documentProblems } from '../../../shared/editor/validate-document';
import { caseSection, paragraph } from './article-editor';

// The body of ARCHITECTURE.md's example article.
const example = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Fares will rise…' }] },
    { type: 'caseSection', attrs: { title: 'Star Ferry' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The operator…' }] }] },
    { type: 'figure', attrs: { mediaId: 'm_124', src: 'media/m_124.jpg', caption: '…', credit: '…', alt: '…' } },
  ],
};

describe('documentProblems', () => {
  it('accepts the article body of the architecture example', () => {
    expect(documentProblems(example)).toEqual([]);
  });

  it('accepts headings, lists, quotes and http/https/mailto links', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H2' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('one')] }] },
        { type: 'blockquote', content: [paragraph('quote')] },
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }] },
            { type: 'text', text: ' mail', marks: [{ type: 'link', attrs: { href: 'mailto:a@example.org' } }] },
          ],
        },
      ],
    };
    expect(documentProblems(body)).toEqual([]);
  });

  it('refuses something that is not a document', () => {
    expect(documentProblems(null)).toHaveLength(1);
    expect(documentProblems({ type: 'paragraph' })[0]).toMatch(/must be a document/);
    expect(documentProblems('text')).toHaveLength(1);
  });

  it('refuses an unknown block type and names where it is', () => {
    const problems = documentProblems({ type: 'doc', content: [paragraph('a'), { type: 'script', text: 'x' }] });
    expect(problems).toEqual([expect.stringContaining('Body › script 2')]);
    expect(problems[0]).toMatch(/not a kind of block/);
  });

  it('refuses an unknown mark and a javascript: link', () => {
    const problems = documentProblems({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'highlight' }] },
            { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"highlight" is not supported/);
    expect(problems[1]).toMatch(/http:\/\/, https:\/\/ or mailto:/);
  });

  it('refuses a level-1 heading', () => {
    const problems = documentProblems({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H' }] }] });
    expect(problems[0]).toMatch(/level 2 or 3/);
  });

  it('refuses a case section inside a case section, and an empty one', () => {
    expect(documentProblems({ type: 'doc', content: [{ type: 'caseSection', attrs: { title: 'A' }, content: [caseSection('B', 'b')] }] })[0]).toMatch(
      /structure is not allowed/,
    );
    expect(documentProblems({ type: 'doc', content: [{ type: 'caseSection', attrs: { title: 'A' }, content: [] }] })).toHaveLength(1);
  });

  it('refuses a figure without an image and with non-text caption', () => {
    const problems = documentProblems({ type: 'doc', content: [{ type: 'figure', attrs: { mediaId: '', src: 'x', caption: 5 } }] });
    expect(problems).toEqual([expect.stringMatching(/no mediaId/), expect.stringMatching(/caption must be text/)]);
  });

  it('refuses an empty text run and text placed directly in the document', () => {
    expect(documentProblems({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })[0]).toMatch(/empty/);
    expect(documentProblems({ type: 'doc', content: [{ type: 'text', text: 'loose' }] })).toHaveLength(1);
  });

  it('never trims: a refused document is reported, not repaired', () => {
    const body = { type: 'doc', content: [paragraph('keep me'), { type: 'iframe' }] };
    const before = JSON.stringify(body);
    expect(documentProblems(body)).toHaveLength(1);
    expect(JSON.stringify(body)).toBe(before);
  });
});
