import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleContent } from '../../../shared/article';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { SaveStatus } from '../../autosave/SaveStatus';
import { useAutosave } from '../../autosave/use-autosave';
import { errorMessage } from '../../i18n/error-message';
import { BodyEditor } from './BodyEditor';
import './article.css';

function contentOf(article: Article): ArticleContent {
  const { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks } = article;
  return { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks };
}

export function ArticleScreen({ draftId, onClose }: { draftId: string; onClose: () => void }) {
  const { t } = useTranslation('article');
  const desk = useDesk();
  const [content, setContent] = useState<ArticleContent | null>(null);
  const [loadError, setLoadError] = useState<DeskErrorBody | null>(null);

  const save = useCallback((next: ArticleContent) => desk.call('drafts:save', { id: draftId, content: next }), [desk, draftId]);
  const autosave = useAutosave(save);

  useEffect(() => {
    let cancelled = false;
    void desk.call('drafts:get', { id: draftId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setContent(contentOf(result.value));
      else setLoadError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [desk, draftId]);

  const change = (patch: Partial<ArticleContent>) => {
    setContent((current) => {
      if (!current) return current;
      const next = { ...current, ...patch };
      autosave.schedule(next);
      return next;
    });
  };

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
          {t('common:back')}
        </button>
        <SaveStatus status={autosave.status} />
      </div>
      <label className="field field--headline">
        <span className="field__label">{t('headline')}</span>
        <input value={content.headline} onChange={(event) => change({ headline: event.target.value })} />
      </label>
      <BodyEditor body={content.body} label={t('body')} onChange={(body) => change({ body })} />
    </article>
  );
}
