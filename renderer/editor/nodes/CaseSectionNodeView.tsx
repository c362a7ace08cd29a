import { NodeViewContent, NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { caseLabel, caseName } from '../../../shared/text/case-label';
import { caseNumberOf } from '../case-numbering';
import { useArticleLanguage } from '../article-language-context';
import { handleUndoKeys } from '../undo-keys';
import { CaseTitleField } from './CaseTitleField';
import { handleCaseTitleKeys } from './handle-case-title-keys';
import './case-section.css';

/** "Case N: title" header with the case's own controls, then its editable paragraphs. */
export function CaseSectionNodeView({ node, decorations, editor, getPos }: NodeViewProps) {
  const { t } = useTranslation('editor');
  const language = useArticleLanguage();
  const number = caseNumberOf(decorations);
  const title = typeof node.attrs.title === 'string' ? node.attrs.title : '';
  const label = caseLabel(number, language);
  // "Case 1" / "案例一" for accessible names, as the checklist names the case.
  const name = caseName(number, language);
  const position = () => getPos();

  const run = (command: 'moveCaseSectionUp' | 'moveCaseSectionDown' | 'deleteCaseSection') => {
    const pos = position();
    if (pos === undefined) return;
    editor.chain().focus()[command](pos).run();
  };

  return (
    <NodeViewWrapper as="section" className="case-section" role="group" aria-label={t('caseRegion', { name, title })}>
      <div className="case-section__header" contentEditable={false}>
        <span className="case-section__label" aria-hidden="true">
          {label}
        </span>
        <CaseTitleField
          title={title}
          label={t('caseTitle', { name })}
          placeholder={t('caseTitlePlaceholder')}
          onCommit={(value) => {
            const pos = position();
            if (pos !== undefined) editor.commands.setCaseSectionTitle(value, pos);
          }}
          onKeyDown={(event) => {
            handleUndoKeys(event, editor);
            const pos = position();
            if (!event.defaultPrevented && pos !== undefined) handleCaseTitleKeys(event, editor, pos);
          }}
        />
        <div className="case-section__actions">
          <button type="button" className="icon-button" aria-label={t('moveCaseUp', { name })} title={t('moveCaseUp', { name })} onClick={() => run('moveCaseSectionUp')}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={t('moveCaseDown', { name })} title={t('moveCaseDown', { name })} onClick={() => run('moveCaseSectionDown')}>
            ↓
          </button>
          <button type="button" className="icon-button icon-button--danger" aria-label={t('deleteCase', { name })} title={t('deleteCase', { name })} onClick={() => run('deleteCaseSection')}>
            ✕
          </button>
        </div>
      </div>
      <NodeViewContent className="case-section__content" />
    </NodeViewWrapper>
  );
}
