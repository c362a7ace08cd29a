import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { renderArticleDocument } from '../../shared/render/render-article-document';
import type { RenderableArticle } from '../../shared/render/render-options';
import { useDebouncedValue } from './use-debounced-value';
import './preview.css';

/** Long enough to skip re-rendering between keystrokes, short enough to feel live. */
export const previewDelayMs = 300;

/**
 * The public page exactly as the shared renderer writes it, in a sandboxed iframe. No script can
 * run inside (no `allow-scripts`). `allow-same-origin` is granted so the frame can load our own
 * media with the desk's cookie and so the pane can keep the reader's scroll position when the
 * page is replaced; without scripts the frame itself still cannot act on that origin.
 */
export function PreviewPane({ article, sectionName, mediaBase, readOnly = false }: { article: RenderableArticle; sectionName?: string | undefined; mediaBase?: string; readOnly?: boolean }) {
  const { t } = useTranslation('preview');
  const settled = useDebouncedValue(article, previewDelayMs);
  // The section named as the public page will name it (in the article's language).
  // `mediaBase`: where `media/…` images come from; the review desk's come from the newsroom, through the desk.
  const html = useMemo(
    () => renderArticleDocument(settled, { ...(sectionName ? { section: { name: sectionName } } : {}), ...(mediaBase ? { mediaBase } : {}) }),
    [settled, sectionName, mediaBase],
  );
  const frame = useRef<HTMLIFrameElement>(null);
  const scrollY = useRef(0);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // Replacing the document resets its scroll; keep the reader where they were.
    scrollY.current = element.contentWindow?.scrollY ?? 0;
    element.srcdoc = html;
  }, [html]);

  const restoreScroll = () => {
    if (scrollY.current > 0) frame.current?.contentWindow?.scrollTo(0, scrollY.current);
  };

  const headline = settled.headline.trim() === '' ? t('untitled') : settled.headline;
  return (
    <section className="preview-pane" aria-label={t('paneLabel')}>
      <p className="preview-pane__note">{readOnly ? t('noteReadOnly') : t('note')}</p>
      <iframe
        ref={frame}
        className="preview-pane__frame"
        title={t('frameTitle', { headline })}
        sandbox="allow-same-origin"
        referrerPolicy="no-referrer"
        onLoad={restoreScroll}
      />
    </section>
  );
}
