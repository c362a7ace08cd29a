import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerArticle } from '../../../shared/server-api';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { newsroomTime } from '../../sync/sync-state-text';

interface Props {
  article: ServerArticle;
  /** The article changed since the screen showed it: the screen reloads and says so. */
  onStale: (currentRevision: number | null) => void;
}

/**
 * Every revision the newsroom keeps of the article, newest first, each with "Restore": the old
 * text comes back as a new revision, so the text it replaces stays in this list (a restore is
 * undone by restoring the revision before it).
 */
export function ServerRevisions({ article, onStale }: Props) {
  const { t, i18n } = useTranslation('review');
  const revisions = useDeskQuery('review:revisions', { serverId: article.id });
  const restore = useDeskMutation('review:restore', ['review:open', 'review:revisions', 'review:queue']);
  const [restored, setRestored] = useState<{ from: number; replaced: number; now: number } | null>(null);

  const run = (revision: number) => {
    setRestored(null);
    restore.mutate(
      { serverId: article.id, revision, expectedRevision: article.revision },
      {
        onSuccess: (updated) => setRestored({ from: revision, replaced: article.revision, now: updated.revision }),
        onError: (error) => {
          if (error.body.code !== 'conflict') return;
          const current = error.body.details?.find((detail) => detail.startsWith('currentRevision:'));
          onStale(current ? Number(current.slice('currentRevision:'.length)) : null);
        },
      },
    );
  };

  return (
    <section className="server-revisions" aria-labelledby="server-revisions-title">
      <h2 id="server-revisions-title" className="panel-heading">
        {t('revisions.title')}
      </h2>
      {restored ? (
        <p role="status" className="notice">
          {t('revisions.restored', restored)}
        </p>
      ) : null}
      {restore.error && restore.error.body.code !== 'conflict' ? <p role="alert" className="notice notice--error">{errorMessage(t, restore.error.body)}</p> : null}
      {revisions.error ? <p role="alert" className="notice notice--error">{errorMessage(t, revisions.error.body)}</p> : null}
      {revisions.data ? (
        <ol className="server-revisions__list" aria-label={t('revisions.listLabel')}>
          {revisions.data.items.map((item) => (
            <li key={item.revision} className="server-revisions__item">
              <span>
                <strong>{t('revisions.name', { revision: item.revision })}</strong> · {item.author} · {newsroomTime(item.createdAt, i18n.language)}
                {item.revision === article.revision ? ` · ${t('revisions.current')}` : ''}
              </span>
              {item.revision === article.revision ? null : (
                <button type="button" className="button button--quiet" disabled={restore.isPending} onClick={() => run(item.revision)}>
                  {t('revisions.restore', { revision: item.revision })}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
