import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleContent, DocNode } from '../../../shared/article';

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

/** Each figure's number in reading order, as the image fields beside the text number them. */
function figureNumbers(nodes: readonly DocNode[]): Map<DocNode, number> {
  const numbers = new Map<DocNode, number>();
  const visit = (list: readonly DocNode[]) => {
    for (const node of list) {
      if (node.type === 'figure') numbers.set(node, numbers.size + 1);
      else visit(node.content ?? []);
    }
  };
  visit(nodes);
  return numbers;
}

/**
 * The reporter's text as plain, read-only blocks, with each figure's place marked by its number
 * (the same numbers as the image fields beside it). Nothing here can be edited.
 */
export function PhotoArticleText({ article }: { article: ArticleContent }) {
  const { t } = useTranslation('photos');
  const numbers = figureNumbers(article.body.content);
  const block = (node: DocNode, key: string): ReactNode => {
    switch (node.type) {
      case 'figure':
        return (
          <p key={key} className="photo-text__figure">
            {t('figureMarker', { number: numbers.get(node) ?? 0 })}
          </p>
        );
      case 'heading':
        return <h3 key={key}>{textOf(node)}</h3>;
      case 'caseSection':
        return (
          <section key={key} className="photo-text__case">
            <h3>{typeof node.attrs?.title === 'string' ? node.attrs.title : ''}</h3>
            {(node.content ?? []).map((child, index) => block(child, `${key}.${index}`))}
          </section>
        );
      case 'bulletList':
      case 'orderedList':
        return (
          <ul key={key}>
            {(node.content ?? []).map((item, index) => (
              <li key={index}>{textOf(item)}</li>
            ))}
          </ul>
        );
      case 'blockquote':
        return <blockquote key={key}>{textOf(node)}</blockquote>;
      default: {
        const text = textOf(node);
        return text === '' ? null : <p key={key}>{text}</p>;
      }
    }
  };
  return (
    <section className="photo-text" aria-label={t('textLabel')} lang={article.language}>
      <p className="photo-text__note">{t('textNote')}</p>
      <h2 className="photo-text__headline">{article.headline || t('common:untitled')}</h2>
      {article.standfirst ? <p className="photo-text__standfirst">{article.standfirst}</p> : null}
      <p className="photo-text__byline">{[article.byline, article.dateline].filter(Boolean).join(' · ')}</p>
      {article.body.content.map((node, index) => block(node, String(index)))}
    </section>
  );
}
