// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { PasteSanitizer } from '../../../renderer/editor/paste/paste-sanitizer';
import { sanitizePastedHtml } from '../../../renderer/editor/paste/sanitize-pasted-html';
import { documentExtensions } from '../../../shared/editor/document-extensions';
import { googleDocs, hostileCorpus, webPage, wordDocument } from './paste-corpus';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs one to exist as a paste event.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  class PasteEvent extends Event {
    readonly clipboardData = null;
  }
  Object.defineProperty(globalThis, 'ClipboardEvent', { value: PasteEvent, configurable: true });
}

let editor: Editor | null = null;

afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** A small real editor with the article schema and the paste extension; pastes as a user would. */
function paste(html: string): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: [...documentExtensions(), PasteSanitizer], content: '<p></p>' });
  editor.view.pasteHTML(html);
  return editor;
}

function types(node: JSONContent): string[] {
  return [node.type ?? '', ...(node.content ?? []).flatMap(types)];
}

function marksOn(node: JSONContent, text: string): string[] {
  if (node.type === 'text' && node.text === text) return (node.marks ?? []).map((mark) => mark.type);
  for (const child of node.content ?? []) {
    const found = marksOn(child, text);
    if (found.length > 0) return found;
  }
  return [];
}

describe('PasteSanitizer with hostile HTML', () => {
  for (const sample of hostileCorpus) {
    it(`${sample.name}: keeps the text, drops the danger`, () => {
      const cleaned = sanitizePastedHtml(sample.html);
      for (const danger of sample.drops) expect(cleaned).not.toContain(danger);
      const html = paste(sample.html).getHTML();
      for (const text of sample.keeps) expect(html).toContain(text);
      for (const danger of sample.drops) expect(html).not.toContain(danger);
    });
  }

  it('strips every attribute of a link but its checked href', () => {
    const html = '<p><a href="https://example.org/a" target="_blank" onclick="x()" style="color:red">ok</a></p>';
    expect(sanitizePastedHtml(html)).toBe('<p><a href="https://example.org/a">ok</a></p>');
  });
});

describe('PasteSanitizer with Word', () => {
  it('keeps headings, bold, italic and links, and turns mso- paragraphs into nested lists', () => {
    const json: JSONContent = paste(wordDocument).getJSON();
    const content = json.content ?? [];
    expect(content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    // Word's mso-bidi-font-weight:normal concerns right-to-left text only: this run is bold.
    expect(marksOn(json, 'Operators')).toEqual(['bold']);
    expect(marksOn(json, 'Monday')).toEqual(['italic']);
    const html = editor?.getHTML() ?? '';
    expect(marksOn(json, 'the Transport Department')).toEqual(['link']);
    expect(html).toContain('href="https://www.td.gov.hk/"');
    const bullet = content.find((node) => node.type === 'bulletList');
    expect(bullet?.content).toHaveLength(2);
    const nested = bullet?.content?.[0]?.content?.find((node) => node.type === 'bulletList');
    expect(JSON.stringify(nested)).toContain('Central to Tsim Sha Tsui');
    expect(content.find((node) => node.type === 'blockquote')).toMatchObject({ content: [{ type: 'paragraph', content: [{ text: '“We have no choice,” the operator said.' }] }] });
    const ordered = content.find((node) => node.type === 'orderedList');
    expect(JSON.stringify(ordered)).toContain('申請八達通優惠');
    expect(JSON.stringify(ordered)).toContain('領取回贈');
    // The typed bullets and numbers are gone; the list supplies them.
    expect(html).not.toMatch(/>·|>o\u00a0|1\.\u00a0/);
    expect(html).not.toContain('mso-');
    expect(html).not.toContain('o:p');
  });
});

describe('PasteSanitizer with Google Docs', () => {
  it('does not bold everything, and keeps the bold, italic, underline and strike Docs writes as CSS', () => {
    const json: JSONContent = paste(googleDocs).getJSON();
    expect(marksOn(json, 'He said ')).toEqual([]);
    expect(marksOn(json, 'nothing')).toEqual(['bold']);
    expect(marksOn(json, 'review')).toEqual(['italic']);
    expect(marksOn(json, 'underlined')).toEqual(['underline']);
    expect(marksOn(json, 'struck')).toEqual(['strike']);
    expect(marksOn(json, 'the report')).toContain('link');
    // The Google redirector hop is removed: the link goes where the author meant.
    expect(editor?.getHTML()).toContain('href="https://example.org/report"');
    expect(marksOn(json, '個案一：前保密單位僱員')).toEqual([]);
    expect(json.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(types(json)).toEqual(expect.arrayContaining(['bulletList', 'orderedList', 'listItem']));
    expect(JSON.stringify(json)).toContain('Second point');
  });
});

const paragraphTexts = (json: JSONContent) =>
  (json.content ?? []).filter((node) => node.type === 'paragraph').map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''));

describe('PasteSanitizer with a table', () => {
  it('keeps each row of a Word table as one paragraph, cells in order with " | " between them, marks kept', () => {
    const word =
      '<table class="MsoTableGrid" border="1"><tr><td width="200" style="border:solid"><p class="MsoNormal"><b>Route</b></p></td><td><p class="MsoNormal">Fare</p></td></tr>' +
      '<tr><td><p class="MsoNormal">Central</p><p class="MsoNormal">Pier 7</p></td><td><p class="MsoNormal">$5.0</p></td></tr></table>';
    const json = paste(word).getJSON();
    expect(paragraphTexts(json)).toEqual(['Route | Fare', 'Central Pier 7 | $5.0']);
    expect(marksOn(json, 'Route')).toEqual(['bold']);
    expect(types(json)).not.toContain('table');
  });

  it('keeps rows from Google Sheets and Chinese cells apart, and an empty cell as an empty column', () => {
    const sheets = '<google-sheets-html-origin><table><tbody><tr><td>路線</td><td>現價</td><td>一月</td></tr><tr><td>中環</td><td></td><td>$5.2</td></tr></tbody></table>';
    expect(paragraphTexts(paste(sheets).getJSON())).toEqual(['路線 | 現價 | 一月', '中環 | | $5.2']);
  });

  it('keeps the text around a table where it was', () => {
    const html = '<p>Before</p><table><tr><td>A</td><td>B</td></tr></table><p>After</p>';
    expect(paragraphTexts(paste(html).getJSON())).toEqual(['Before', 'A | B', 'After']);
  });
});

describe('PasteSanitizer with a web page', () => {
  it('maps headings to H2/H3, keeps blocks apart, keeps quotes, rules and mailto links, flattens tables to text', () => {
    const json: JSONContent = paste(webPage).getJSON();
    const content = json.content ?? [];
    expect(content.slice(0, 2)).toMatchObject([
      { type: 'heading', attrs: { level: 2 }, content: [{ text: 'Page title' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ text: 'Minor heading' }] },
    ]);
    const paragraphs = content.filter((node) => node.type === 'paragraph').map((node) => (node.content ?? []).map((child) => child.text).join(''));
    expect(paragraphs).toEqual(expect.arrayContaining(['First block', 'Second block']));
    expect(types(json)).toEqual(expect.arrayContaining(['blockquote', 'horizontalRule']));
    const html = editor?.getHTML() ?? '';
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).not.toContain('class=');
    expect(html).not.toContain('data-track');
    expect(paragraphs).toEqual(expect.arrayContaining(['Route | Fare', 'Central | $5.0']));
  });

  it('keeps the editor’s own case sections and figures when copying within the editor', () => {
    const internal =
      '<section data-case-section="" data-title="Star Ferry" data-pm-slice="0 0 []"><p>Inside the case</p></section>' +
      '<figure data-figure="" data-media-id="m_1" data-src="media/m_1/800.webp" data-caption="渡輪" data-credit="(File Photo)" data-alt="Ferry"><img src="media/m_1/800.webp"><figcaption>渡輪 (File Photo)</figcaption></figure>';
    const json: JSONContent = paste(internal).getJSON();
    expect(json.content).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'caseSection', attrs: { title: 'Star Ferry' } }),
        expect.objectContaining({ type: 'figure', attrs: { mediaId: 'm_1', src: 'media/m_1/800.webp', caption: '渡輪', credit: '(File Photo)', alt: 'Ferry' } }),
      ]),
    );
  });
});
