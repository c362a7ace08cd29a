import { useTranslation } from 'react-i18next';
import type { DraftSearchHit } from '../../../shared/desk-api-drafts';
import { useDeskQuery } from '../../api/use-desk-query';
import { SyncBadge } from '../../sync/SyncBadge';
import { Highlighted } from './Highlighted';

interface Props {
  hits: DraftSearchHit[];
  onTrash: (hit: DraftSearchHit) => void;
  onExport: (hit: DraftSearchHit) => void;
}

/** The drafts found, with the matched words marked in the headline and the snippet. */
export function DraftResults({ hits, onTrash, onExport }: Props) {
  const { t, i18n } = useTranslation('drafts');
  // Every draft's standing with the newsroom, in one call, asked again while the list is shown.
  const sync = useDeskQuery('sync:list', {}, { refetchInterval: 5_000 });
  return (
    <ul className="drafts__list" aria-label={t('listLabel')}>
      {hits.map((hit) => {
        const headline = hit.draft.headline || t('common:untitled');
        return (
          <li key={hit.draft.id} className="drafts__item">
            <div className="drafts__text">
              <a className="drafts__headline" href={`#/article/${hit.draft.id}`}>
                {hit.draft.headline ? <Highlighted text={hit.draft.headline} ranges={hit.headlineHighlights} /> : headline}
              </a>
              {hit.snippet ? (
                <p className="drafts__snippet">
                  <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
                </p>
              ) : null}
              <span className="drafts__meta">
                {t(`statuses.${hit.draft.status}`)} · {t(`common:languages.${hit.draft.language}`)} ·{' '}
                {new Date(hit.draft.updatedAt).toLocaleString(i18n.language)}
              </span>
              <SyncBadge state={sync.data?.items[hit.draft.id] ?? { state: 'local_only' }} />
            </div>
            <button type="button" className="button button--quiet" aria-label={t('transfer.exportDraft', { headline })} onClick={() => onExport(hit)}>
              {t('transfer.export')}
            </button>
            <button type="button" className="button button--quiet" aria-label={t('deleteDraft', { headline })} onClick={() => onTrash(hit)}>
              {t('delete')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
