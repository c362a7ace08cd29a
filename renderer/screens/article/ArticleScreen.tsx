import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleContent } from '../../../shared/article';
import { checkArticle } from '../../../shared/checklist/check-article';
import type { DeskErrorBody } from '../../../shared/result';
import { findSection } from '../../../shared/sections/find-section';
import { sectionName } from '../../../shared/sections/section-name';
import { useDesk } from '../../api/desk-context';
import { SaveStatus } from '../../autosave/SaveStatus';
import { PendingEditsContext } from '../../autosave/pending-edits';
import { useAutosave, type SaveOptions } from '../../autosave/use-autosave';
import { errorMessage } from '../../i18n/error-message';
import { PreviewPane } from '../../preview/PreviewPane';
import { HistoryPanel } from '../history/HistoryPanel';
import { ArticleSyncBar } from '../../sync/ArticleSyncBar';
import { EditingLockBanner } from '../../sync/EditingLockBanner';
import { MergeView } from '../../sync/MergeView';
import { usePullOnFocus } from '../../sync/use-pull-on-focus';
import { ArticleFields } from './ArticleFields';
import { DeskNotices } from '../../app/DeskNotices';
import { ChecklistPanel } from './ChecklistPanel';
import { useArticleMenu } from './use-article-menu';
import { useSections, type SectionChoices } from './use-sections';
import './article.css';

function contentOf(article: Article): ArticleContent {
  const { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks } = article;
  return { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks };
}

function previewSection({ sections }: SectionChoices, content: ArticleContent): string | undefined {
  const section = findSection(sections, content.section);
  return section ? sectionName(section, content.language) : undefined;
}

export function ArticleScreen({ draftId, onClose }: { draftId: string; onClose: () => void }) {
  const { t } = useTranslation('article');
  const desk = useDesk();
  const [content, setContentState] = useState<ArticleContent | null>(null);
  // The latest content, readable at once: a change is scheduled for saving in the same event
  // that made it, not when React next renders (Ctrl+S must save what is on screen).
  const contentRef = useRef<ArticleContent | null>(null);
  const setContent = useCallback((next: ArticleContent | null) => {
    contentRef.current = next;
    setContentState(next);
  }, []);
  const [loadError, setLoadError] = useState<DeskErrorBody | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [copyId, setCopyId] = useState<string | null>(null);
  // Bumped after a History restore: the draft is loaded again and the editor starts from it.
  const [loadVersion, setLoadVersion] = useState(0);
  // The load the fields were started from: they start again from a restored draft, while the
  // History panel stays open (its notice with Undo must outlive the reload).
  const [loadedVersion, setLoadedVersion] = useState(0);

  const save = useCallback(
    (next: ArticleContent, options?: SaveOptions) =>
      desk.call('drafts:save', { id: draftId, content: next, explicit: options?.explicit ?? false }, { leaving: options?.leaving ?? false }),
    [desk, draftId],
  );
  // Measured as the longer body (`explicit: true`), so a save judged to outlive the page always fits.
  const autosave = useAutosave(save, {
    exit: { outlives: (next) => desk.pageExit.outlives({ id: draftId, content: next, explicit: true }), mayAsk: desk.pageExit.mayAsk },
  });

  useEffect(() => {
    let cancelled = false;
    void desk.call('drafts:get', { id: draftId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setLoadError(result.error);
      setContent(contentOf(result.value));
      setLoadedVersion(loadVersion);
    });
    return () => {
      cancelled = true;
    };
  }, [desk, draftId, loadVersion, setContent]);

  const change = useCallback(
    (patch: Partial<ArticleContent>) => {
      const current = contentRef.current;
      if (!current) return;
      const next = { ...current, ...patch };
      setContent(next);
      autosave.schedule(next);
    },
    [autosave, setContent],
  );

  // The newsroom's newer revision merged into this draft: the editor starts again from it.
  usePullOnFocus({
    before: autosave.flush,
    everyMs: 60_000,
    after: (pulled) => {
      if (pulled.updated.includes(draftId) || pulled.conflicts.includes(draftId)) setLoadVersion((current) => current + 1);
    },
  });

  const sections = useSections();
  const problems = useMemo(() => (content ? checkArticle(content, { sections: sections.sections }) : []), [content, sections]);
  const menuError = useArticleMenu({
    draftId,
    flush: autosave.flush,
    togglePreview: () => setPreviewOpen((open) => !open),
    toggleHistory: () => setHistoryOpen((open) => !open),
  });

  if (loadError) {
    return (
      <p role="alert" className="notice notice--error">
        {errorMessage(t, loadError)}
      </p>
    );
  }
  if (!content) return <p>{t('common:loading')}</p>;

  return (
    <article className="article-screen" aria-label={t('screenLabel')}>
      <div className="article-screen__bar">
        <button type="button" className="button button--quiet" onClick={() => void autosave.flush().then(onClose)}>
          ← {t('common:back')}
        </button>
        <SaveStatus status={autosave.status} />
        <div className="article-screen__bar-actions">
          <button
            type="button"
            className={`button toggle${historyOpen ? ' toggle--on' : ''}`}
            aria-pressed={historyOpen}
            onClick={() => setHistoryOpen((open) => !open)}
          >
            {t('history:toggle')}
          </button>
          <button
            type="button"
            className={`button toggle${previewOpen ? ' toggle--on' : ''}`}
            aria-pressed={previewOpen}
            onClick={() => setPreviewOpen((open) => !open)}
          >
            {t('preview')}
          </button>
        </div>
      </div>
      <DeskNotices error={menuError} />
      <EditingLockBanner draftId={draftId} />
      <ArticleSyncBar draftId={draftId} flush={autosave.flush} onSettle={() => setMergeOpen(true)} />
      {copyId ? (
        <p aria-live="polite" className="notice">
          {t('sync:merge.copySaved')} <a href={`#/article/${copyId}`}>{t('sync:merge.openCopy')}</a>
        </p>
      ) : null}
      {mergeOpen ? (
        <MergeView
          draftId={draftId}
          beforeApply={autosave.flush}
          onClose={() => setMergeOpen(false)}
          onSettled={(copy) => {
            setMergeOpen(false);
            setCopyId(copy ?? null);
            setLoadVersion((current) => current + 1);
          }}
        />
      ) : null}
      <div className={`article-screen__layout${previewOpen ? ' article-screen__layout--preview' : ''}`}>
        <div className="article-screen__main">
          <PendingEditsContext.Provider value={autosave.edits}>
            <ArticleFields key={loadedVersion} draftId={draftId} content={content} sections={sections} onChange={change} />
          </PendingEditsContext.Provider>
        </div>
        <aside className="article-screen__side" aria-label={t('sidePanel')}>
          <ChecklistPanel problems={problems} />
          {previewOpen ? <PreviewPane article={content} sectionName={previewSection(sections, content)} /> : null}
          {historyOpen ? (
            <HistoryPanel
              draftId={draftId}
              beforeRestore={autosave.flush}
              onRestored={() => setLoadVersion((current) => current + 1)}
            />
          ) : null}
        </aside>
      </div>
    </article>
  );
}
