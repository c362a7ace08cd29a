import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../shared/workflow';
import { useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { PreviewPane } from '../../preview/PreviewPane';
import { ChecklistPanel } from '../article/ChecklistPanel';
import { RevisionChanges } from '../history/RevisionChanges';
import { ReviewActions } from './ReviewActions';
import { ServerRevisions } from './ServerRevisions';
import { PublicPageLink } from '../../sync/PublicPageLink';
import './review.css';

/** The newsroom's images, served by the desk on its own origin with the session (electron/desk/newsroom/newsroom-media.ts). */
const newsroomMediaBase = 'newsroom/';

/**
 * One article for review: read-only, as the public page will show it, with the checklist and
 * what changed since the last approved revision (the first time: since it was submitted); the
 * decisions send the revision on screen, and a stale one shows the new changes instead.
 */
export function ReviewArticleScreen({ serverId }: { serverId: string }) {
  const { t } = useTranslation('review');
  const opened = useDeskQuery('review:open', { serverId });
  const session = useDeskQuery('newsroom:state', {});
  const [notice, setNotice] = useState<{ kind: 'done'; action: WorkflowAction } | { kind: 'stale'; revision: number | null } | null>(null);
  const role = session.data?.user?.role;

  if (opened.error) {
    return <p role="alert" className="notice notice--error">{opened.error.body.details?.includes('reason:newsroom_sign_in') ? t('signIn') : errorMessage(t, opened.error.body)}</p>;
  }
  if (!opened.data) return <p>{t('common:loading')}</p>;
  const { article, base, changes, problems } = opened.data;

  return (
    <article className="review-article" aria-label={t('articleLabel')}>
      <div className="review-article__bar">
        <a className="button button--quiet" href="#/review">
          ← {t('back')}
        </a>
        <span>{t('revision', { revision: article.revision, status: t(`drafts:statuses.${article.status}`) })}</span>
        <PublicPageLink url={opened.data.publicUrl} label={t('publicLink')} />
      </div>
      {notice?.kind === 'done' ? (
        <p aria-live="polite" className="notice">
          {t(`done.${notice.action}`)}
        </p>
      ) : null}
      {notice?.kind === 'stale' ? (
        <p role="alert" className="notice notice--error">
          {t('stale', { revision: notice.revision ?? article.revision })}
        </p>
      ) : null}
      <div className="review-article__layout">
        <div className="review-article__main">
          <section className="review-changes" aria-labelledby="review-changes-title">
            <h2 id="review-changes-title" className="panel-heading">
              {base.basis === 'approved' ? t('changesTitle') : t('changesSinceSubmitted')}
            </h2>
            {base.baseRevision === null ? <p>{t('noBase')}</p> : null}
            {base.baseRevision !== null && base.baseRevision === article.revision ? <p>{t('noChangesSince')}</p> : null}
            {base.baseRevision !== null && base.baseRevision !== article.revision ? (
              <RevisionChanges changes={changes} removedLabel={t('olderSide')} addedLabel={t('newerSide')} listLabel={t('changesList', { revision: base.baseRevision })} />
            ) : null}
          </section>
          <PreviewPane article={article} mediaBase={newsroomMediaBase} readOnly />
        </div>
        <aside className="review-article__side">
          {role ? (
            <ReviewActions
              key={article.revision}
              article={article}
              role={role}
              onDone={(action) => setNotice({ kind: 'done', action })}
              onStale={(revision) => {
                setNotice({ kind: 'stale', revision });
                void opened.refetch();
              }}
            />
          ) : null}
          <ChecklistPanel problems={problems} />
          {role === 'chief_editor' || role === 'admin' ? (
            <ServerRevisions
              article={article}
              onStale={(revision) => {
                setNotice({ kind: 'stale', revision });
                void opened.refetch();
              }}
            />
          ) : null}
        </aside>
      </div>
    </article>
  );
}
