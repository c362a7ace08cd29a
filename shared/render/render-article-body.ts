import type { ArticleBody, DocNode, Language } from '../article';
import { caseLabel } from '../text/case-label';
import { escapeHtml } from './escape-html';
import { integerAttr, stringAttr } from './node-attrs';
import { renderFigure } from './render-figure';
import { renderText } from './render-inline';

interface BodyContext {
  language: Language;
  mediaBase: string;
  /** Case sections seen so far: numbering follows position in the document. */
  caseCount: number;
}

function renderChildren(node: DocNode, context: BodyContext): string {
  return (node.content ?? []).map((child) => renderNode(child, context)).join('');
}

function renderCaseSection(node: DocNode, context: BodyContext): string {
  context.caseCount += 1;
  const position = context.caseCount;
  const label = caseLabel(position, context.language);
  // "Case 1: Title" in English; "案例一：標題" in Chinese, where the full-width colon needs no space.
  const separator = context.language === 'en' ? ' ' : '';
  const title = stringAttr(node.attrs, 'title');
  return (
    `<section class="case-section" id="case-${position}" aria-labelledby="case-${position}-title">` +
    `<h2 class="case-title" id="case-${position}-title"><span class="case-label">${escapeHtml(label)}</span>${separator}` +
    `<span class="case-name">${escapeHtml(title)}</span></h2>` +
    renderChildren(node, context) +
    '</section>'
  );
}

function renderNode(node: DocNode, context: BodyContext): string {
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'paragraph':
      return `<p>${renderChildren(node, context)}</p>`;
    case 'heading': {
      // Level 1 belongs to the headline; the body has sections (2) and subsections (3).
      const level = integerAttr(node.attrs, 'level') === 3 ? 3 : 2;
      return `<h${level}>${renderChildren(node, context)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${renderChildren(node, context)}</ul>`;
    case 'orderedList': {
      const start = integerAttr(node.attrs, 'start');
      const startAttr = start !== undefined && start !== 1 ? ` start="${start}"` : '';
      return `<ol${startAttr}>${renderChildren(node, context)}</ol>`;
    }
    case 'listItem':
      return `<li>${renderChildren(node, context)}</li>`;
    case 'blockquote':
      return `<blockquote>${renderChildren(node, context)}</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'codeBlock': {
      const language = stringAttr(node.attrs, 'language').replace(/[^A-Za-z0-9_-]/g, '');
      const classAttr = language !== '' ? ` class="language-${language}"` : '';
      return `<pre><code${classAttr}>${renderChildren(node, context)}</code></pre>`;
    }
    case 'caseSection':
      return renderCaseSection(node, context);
    case 'figure':
      return renderFigure(node.attrs ?? {}, { className: 'figure', mediaBase: context.mediaBase });
    default:
      // A node this renderer does not know is never written raw to a public page.
      return '';
  }
}

/** The article body (TipTap JSON) as public HTML, with case sections numbered by position. */
export function renderArticleBody(body: ArticleBody, language: Language, mediaBase = ''): string {
  const context: BodyContext = { language, mediaBase, caseCount: 0 };
  return body.content.map((node) => renderNode(node, context)).join('');
}
