import fc from 'fast-check';

/** Tags, attributes and payloads that clipboard HTML and converted .docx files have carried in attacks and in accidents. */
const tags = ['p', 'span', 'div', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'br', 'img', 'script', 'style', 'iframe', 'svg', 'math', 'object', 'template', 'noscript', 'section', 'figure', 'blockquote', 'o:p', 'form', 'textarea'];
const attributes = [
  'href="javascript:alert(1)"', 'href="JaVaScRiPt:alert(1)"', 'href="java&#x09;script:alert(1)"', 'href="https://example.org/a"', 'href="mailto:desk@example.org"', 'href="data:text/html,<script>alert(1)</script>"',
  'onclick="alert(1)"', 'onerror="alert(1)"', 'onmouseover=alert(1)', 'style="font-weight:bold"', 'style="background:url(javascript:alert(1))"', 'src="x"', 'src="javascript:alert(1)"',
  'data-figure=""', 'data-src="javascript:alert(1)"', 'data-media-id="m_1"', 'class="MsoListParagraph"', 'xlink:href="javascript:alert(1)"', 'formaction="javascript:alert(1)"',
];
const texts = ['Harbour ferry', '渡輪加價', '<script>alert(1)</script>', '&lt;b&gt;', '"quoted"', "it's", 'javascript:alert(1)', '\u200b', ' ', '&amp;', '<!--', '-->', ']]>', '<![CDATA['];

export const hostileHtml = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...texts),
    fc.string({ maxLength: 12 }),
    fc.tuple(fc.constantFrom(...tags), fc.array(fc.constantFrom(...attributes), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean()).map(
      ([tag, attrs, children, close]) => `<${tag}${attrs.map((attribute) => ` ${attribute}`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;
