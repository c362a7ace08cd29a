import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSearchHit, DraftSearchQuery } from '../../../shared/desk-api-drafts';
import { limits } from '../../../shared/limits';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { DraftResults } from './DraftResults';
import { DraftSearchForm } from './DraftSearchForm';
import { downloadText, readFileAsBase64 } from './file-transfer';
import { QuarantineBanner } from './QuarantineBanner';
import { TrashView } from './TrashView';
import { useDraftSearch } from './use-draft-search';
import { usePendingWork } from './use-pending-work';
import { DeskNotices } from '../../app/DeskNotices';
import './drafts.css';

type Filters = Parameters<typeof DraftSearchForm>[0]['value'];
const pageSize = 50;

export function DraftsScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('drafts');
  const desk = useDesk();
  const [view, setView] = useState<'drafts' | 'trash'>('drafts');
  const [filters, setFilters] = useState<Filters>({ query: '', scope: 'content', sort: 'newest' });
  const [limit, setLimit] = useState(pageSize);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<DeskErrorBody | null>(null);
  const [notice, setNotice] = useState('');
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const request: DraftSearchQuery = { ...filters, limit };
  const search = useDraftSearch(request, version);
  const pending = usePendingWork();

  const create = async () => {
    const result = await desk.call('drafts:create', { language: i18n.language === 'en' ? 'en' : 'zh-Hant' });
    if (result.ok) onOpen(result.value.id);
    else setError(result.error);
  };

  const trash = async (hit: DraftSearchHit) => {
    const result = await pending.track(desk.call('drafts:trash', { id: hit.draft.id }));
    if (!result.ok) return setError(result.error);
    setNotice(t('trash.moved', { headline: hit.draft.headline || t('common:untitled') }));
    reload();
  };

  const exportDraft = async (hit: DraftSearchHit) => {
    const result = await desk.call('drafts:export', { id: hit.draft.id });
    if (!result.ok) return setError(result.error);
    downloadText(result.value.fileName, result.value.mimeType, result.value.text);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await desk.call('drafts:import', { fileName: file.name, data: await readFileAsBase64(file) });
    if (!result.ok) return setError(result.error);
    const imported = t('transfer.imported', { headline: result.value.article.headline || t('common:untitled') });
    const skipped = result.value.skippedImages;
    setNotice(skipped > 0 ? `${imported} ${t('transfer.skippedImages', { count: skipped, megabytes: limits.imageBytesMax / (1024 * 1024) })}` : imported);
    reload();
  };

  if (view === 'trash') {
    return (
      <TrashView
        after={pending.settled}
        onBack={() => {
          setView('drafts');
          reload();
        }}
      />
    );
  }

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setLimit(pageSize);
  };
  const hasQuery = filters.query.trim() !== '';
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <div className="drafts__bar">
        <h1 id="drafts-title">{t('title')}</h1>
        <div className="drafts__actions">
          <label className="button button--quiet drafts__import">
            {t('transfer.import')}
            <input type="file" accept=".docx,.json" aria-label={t('transfer.importLabel')} onChange={(event) => void importFile(event)} />
          </label>
          <button type="button" className="button button--quiet" onClick={() => setView('trash')}>
            {t('trash.open')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void create()}>
            {t('newArticle')}
          </button>
        </div>
      </div>
      <QuarantineBanner onRecovered={reload} />
      <DraftSearchForm value={filters} onChange={changeFilters} />
      <DeskNotices error={error ?? search.error ?? null} notice={notice} />
      <p role="status" className="drafts__searching">
        {search.searching && hasQuery ? t('search.searching') : ''}
      </p>
      {search.hits === null ? (
        <p>{t('common:loading')}</p>
      ) : search.hits.length === 0 ? (
        <p className="drafts__empty">{hasQuery ? t('search.noResults', { query: filters.query }) : t('empty')}</p>
      ) : (
        <>
          {hasQuery ? <p className="drafts__count">{t('search.results', { count: search.total })}</p> : null}
          <DraftResults hits={search.hits} onTrash={(hit) => void trash(hit)} onExport={(hit) => void exportDraft(hit)} />
          {search.total > search.hits.length ? (
            <button type="button" className="button drafts__more" onClick={() => setLimit((current) => current + pageSize)}>
              {t('search.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
