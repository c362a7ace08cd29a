import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './editor-toolbar.css';

interface ToolbarProps {
  editor: Editor;
  onRequestLink: () => void;
  /** Absent when image intake is not available: the button is left out rather than faked. */
  onInsertImage?: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';
const alt = isMac ? '⌥' : 'Alt+';

const numberedIcon = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true">
    <path d="M10 6h11M10 12h11M10 18h11M4 5l1-1v5M3.5 14.5a1.5 1.5 0 1 1 2.5 1L3.5 19H6.5" />
  </svg>
);

const linkIcon = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true">
    <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
    <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  </svg>
);

/** Formatting controls. Each button has a name, shows its shortcut, and reports pressed state. */
export function EditorToolbar({ editor, onRequestLink, onInsertImage }: ToolbarProps) {
  const { t } = useTranslation('editor');
  // Re-render only when what the buttons show changes, not on every keystroke.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      strike: current.isActive('strike'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      // The history's depth, not can().undo(): can() builds every command anew on each keystroke.
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
    }),
  });

  const chain = () => editor.chain().focus();
  const button = (name: string, label: string, text: ReactNode, action: () => void, pressed?: boolean, disabled = false, shortcut = '') => (
    <button
      key={name}
      type="button"
      className={`tool tool--${name}`}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      <span aria-hidden="true">{text}</span>
    </button>
  );

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="editor-toolbar__group">
        {button('undo', t('undo'), '↶', () => chain().undo().run(), undefined, !state.canUndo, `${mod}Z`)}
        {button('redo', t('redo'), '↷', () => chain().redo().run(), undefined, !state.canRedo, isMac ? '⇧⌘Z' : 'Ctrl+Y')}
      </div>
      <div className="editor-toolbar__group">
        {button('h2', t('heading2'), 'H2', () => chain().toggleHeading({ level: 2 }).run(), state.h2, false, `${mod}${alt}2`)}
        {button('h3', t('heading3'), 'H3', () => chain().toggleHeading({ level: 3 }).run(), state.h3, false, `${mod}${alt}3`)}
      </div>
      <div className="editor-toolbar__group">
        {button('bold', t('bold'), 'B', () => chain().toggleBold().run(), state.bold, false, `${mod}B`)}
        {button('italic', t('italic'), 'I', () => chain().toggleItalic().run(), state.italic, false, `${mod}I`)}
        {button('underline', t('underline'), 'U', () => chain().toggleUnderline().run(), state.underline, false, `${mod}U`)}
        {button('strike', t('strike'), 'S', () => chain().toggleStrike().run(), state.strike, false, isMac ? '⇧⌘S' : 'Ctrl+Shift+S')}
        {button('link', t('link'), linkIcon, onRequestLink, state.link, false, `${mod}K`)}
      </div>
      <div className="editor-toolbar__group">
        {button('bullets', t('bulletList'), '•', () => chain().toggleBulletList().run(), state.bulletList, false, isMac ? '⇧⌘8' : 'Ctrl+Shift+8')}
        {button('numbers', t('orderedList'), numberedIcon, () => chain().toggleOrderedList().run(), state.orderedList, false, isMac ? '⇧⌘7' : 'Ctrl+Shift+7')}
        {button('quote', t('blockquote'), '❝', () => chain().toggleBlockquote().run(), state.blockquote, false, isMac ? '⇧⌘B' : 'Ctrl+Shift+B')}
        {button('rule', t('horizontalRule'), '―', () => chain().setHorizontalRule().run())}
      </div>
      <div className="editor-toolbar__group editor-toolbar__group--insert">
        <button type="button" className="tool tool--wide" onMouseDown={(event) => event.preventDefault()} onClick={() => chain().insertCaseSection('').run()}>
          {t('insertCaseSection')}
        </button>
        {onInsertImage ? (
          <button type="button" className="tool tool--wide" onMouseDown={(event) => event.preventDefault()} onClick={onInsertImage}>
            {t('insertImage')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
