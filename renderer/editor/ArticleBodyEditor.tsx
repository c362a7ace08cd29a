import type { AnyExtension, Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useContext, useEffect, useEffectEvent, useRef, useState } from 'react';
import { bodySchema, type ArticleBody, type Language } from '../../shared/article';
import { bodyHandOverTiming } from '../autosave/autosave-timing';
import { createPauseTimer, type PauseTimer } from '../autosave/pause-timer';
import { PendingEditsContext } from '../autosave/pending-edits';
import { ArticleLanguageContext } from './article-language-context';
import { EditorToolbar } from './EditorToolbar';
import { editorExtensions } from './editor-extensions';
import { imageFilesIn } from './image-files';
import { LinkForm } from './LinkForm';
import './article-body-editor.css';

export interface ArticleBodyEditorProps {
  body: ArticleBody;
  label: string;
  language: Language;
  onChange: (body: ArticleBody) => void;
  /** Adds images (file picker, drop, paste) as figures; absent when intake is unavailable. */
  onImageFiles?: (files: File[], insert: (figure: FigureInput) => void) => void;
  /** Requests the file picker for "Insert image"; absent when intake is unavailable. */
  onPickImage?: (insert: (figure: FigureInput) => void) => void;
  /** Editor-only behaviour (the paste sanitizer). */
  extraExtensions?: AnyExtension[];
  onEditor?: (editor: Editor | null) => void;
}

export interface FigureInput {
  mediaId: string;
  src: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

/** The article body: toolbar, link form and TipTap editor on the shared schema. */
export function ArticleBodyEditor({ body, label, language, onChange, onImageFiles, onPickImage, extraExtensions, onEditor }: ArticleBodyEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const onChangeRef = useRef(onChange);
  const onImageFilesRef = useRef(onImageFiles);
  const dirty = useRef(false);
  const editorRef = useRef<Editor | null>(null);
  const changeTimer = useRef<PauseTimer | null>(null);
  const pendingEdits = useContext(PendingEditsContext);
  useEffect(() => {
    onChangeRef.current = onChange;
    onImageFilesRef.current = onImageFiles;
  });

  const editor = useEditor({
    extensions: editorExtensions({ onRequestLink: () => setLinkOpen(true), extra: extraExtensions }),
    content: body,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'body-editor__content', spellcheck: 'true' },
      handlePaste: (_view, event) => takeImages(imageFilesIn(event.clipboardData), null),
      handleDrop: (view, event) => {
        const files = imageFilesIn(event.dataTransfer);
        if (files.length === 0) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null;
        return takeImages(files, at);
      },
    },
    onUpdate: () => scheduleChange(),
    onBlur: () => flushChange(),
  });

  function takeImages(files: File[], at: number | null): boolean {
    const handler = onImageFilesRef.current;
    if (files.length === 0 || !handler) return false;
    handler(files, (figure) => {
      const current = editorRef.current;
      if (!current) return;
      const chain = current.chain().focus();
      if (at !== null) chain.setTextSelection(at);
      chain.insertFigure(figure).run();
    });
    return true;
  }

  function flushChange() {
    changeTimer.current?.cancel();
    const current = editorRef.current;
    if (!dirty.current || !current) return;
    dirty.current = false;
    const parsed = bodySchema.safeParse(current.getJSON());
    if (parsed.success) onChangeRef.current(parsed.data);
  }

  function scheduleChange() {
    dirty.current = true;
    changeTimer.current?.touch();
    pendingEdits?.markChanged();
  }

  const handOver = useEffectEvent(() => flushChange());
  useEffect(() => {
    // Serializing a long body on every keystroke would cost typing latency: hand the document over
    // after a short pause. While typing goes on, autosave asks for it at its own max wait (the
    // change is marked on every keystroke); used alone, the editor reports at a max wait itself.
    const maxWaitMs = pendingEdits ? Number.POSITIVE_INFINITY : bodyHandOverTiming.maxWaitMs;
    const timer = createPauseTimer({ quietMs: bodyHandOverTiming.quietMs, maxWaitMs, onDue: () => handOver() });
    changeTimer.current = timer;
    // Every autosave flush (pause, blur, hidden tab, page gone, window closing, Ctrl/Cmd+S) takes
    // the keystrokes still waiting here first.
    const unregister = pendingEdits?.register(() => handOver());
    return () => {
      unregister?.();
      // Leaving the screen must not lose the last keystrokes still waiting for the pause.
      handOver();
      timer.cancel();
    };
  }, [pendingEdits]);

  useEffect(() => {
    editorRef.current = editor;
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  if (!editor) return null;
  const insert = (figure: FigureInput) => editor.chain().focus().insertFigure(figure).run();
  return (
    <ArticleLanguageContext.Provider value={language}>
      <div className="body-editor">
        <div className="body-editor__bar">
          <EditorToolbar editor={editor} onRequestLink={() => setLinkOpen(true)} onInsertImage={onPickImage ? () => onPickImage(insert) : undefined} />
          {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
        </div>
        <EditorContent editor={editor} />
      </div>
    </ArticleLanguageContext.Provider>
  );
}
