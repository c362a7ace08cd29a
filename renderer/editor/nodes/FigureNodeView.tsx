import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readFigureAttributes } from '../../../shared/editor/figure';
import { sanitizeUrl } from '../../../shared/url/sanitize-url';
import { handleUndoKeys } from '../undo-keys';
import './figure.css';

type TextField = 'caption' | 'credit' | 'alt';

/** An image in the body with the photo desk's fields beside it, all written into the document. */
export function FigureNodeView({ node, editor, selected, updateAttributes, deleteNode }: NodeViewProps) {
  const { t } = useTranslation('editor');
  const figure = readFigureAttributes(node.attrs);
  const src = sanitizeUrl(figure.src, { allowRelative: true }) ?? '';
  const field = (name: TextField, label: string, multiline = false) => {
    const props = {
      value: figure[name],
      'aria-label': label,
      onChange: (event: { target: { value: string } }) => updateAttributes({ [name]: event.target.value }),
      onKeyDown: (event: KeyboardEvent) => handleUndoKeys(event, editor),
    };
    return (
      <label className={`figure-view__field figure-view__field--${name}`}>
        <span>{label}</span>
        {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
      </label>
    );
  };

  return (
    <NodeViewWrapper
      as="figure"
      className={`figure-view${selected ? ' figure-view--selected' : ''}`}
      role="group"
      aria-label={t('figureRegion', { caption: figure.caption || t('noCaption') })}
    >
      <div className="figure-view__image" data-drag-handle="">
        {src ? <img src={src} alt={figure.alt} draggable={false} /> : <span className="figure-view__missing">{t('imageMissing')}</span>}
      </div>
      <div className="figure-view__fields" contentEditable={false}>
        {field('caption', t('caption'), true)}
        {field('credit', t('credit'))}
        {field('alt', t('altText'))}
        <button type="button" className="button button--quiet button--danger figure-view__remove" onClick={() => deleteNode()}>
          {t('removeImage')}
        </button>
      </div>
    </NodeViewWrapper>
  );
}
