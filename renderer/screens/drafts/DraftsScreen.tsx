import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DraftSearchHit, DraftSearchQuery } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { useInvalidateDesk } from '../../api/use-desk-query';
import { DraftResults } from './DraftResults';
import { DraftSearchForm } from './DraftSearchForm';
import { downloadText } from './file-transfer';
import { QuarantineBanner } from './QuarantineBanner';
import { ReimportQuestion } from './ReimportQuestion';
import { TrashView } from './TrashView';
import { useDraftImport } from './use-draft-import';
import { useDraftSearch } from './use-draft-search';
import { usePendingWork } from './use-pending-work';
import { DeskNotices } from '../../app/DeskNotices';
import { usePullOnFocus } from '../../sync/use-pull-on-focus';
import './drafts.css';

type Filters = Parameters<typeof DraftSearchForm>[0]['value'];
const pageSize = 50;
const noFilters: Filters = { query: '', scope: 'content', sort: 'newest' };

export function DraftsScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('drafts');
  const desk = useDesk();
  const [view, setView] = useState<'drafts' | 'trash'>('drafts');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [limit, setLimit] = useState(pageSize);
  const [error, setError] = useState<DeskErrorBody | null>(null);
  const invalidate = useInvalidateDesk();
  const reload = useCallback(() => void invalidate('drafts:search', 'drafts:listTrash'), [invalidate]);
  // The newsroom's newer revisions, fetched when the list opens and on focus: the list shows them.
  usePullOnFocus({ after: (pulled) => pulled.updated.length + pulled.conflicts.length > 0 && reload() });
  const [notice, setNotice] = useState('');
  const request: DraftSearchQuery = { ...filters, limit };
  const search = useDraftSearch(request);
  const pending = usePendingWork();
  const imports = useDraftImport({ onNotice: setNotice, onError: setError, onImported: reload });

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
  const hasFilters = filters.status !== undefined || filters.language !== undefined;
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <div className="drafts__bar">
        <h1 id="drafts-title">{t('title')}</h1>
        <div className="drafts__actions">
          <label className="button button--quiet drafts__import">
            {t('transfer.import')}
            <input type="file" accept=".docx,.json" aria-label={t('transfer.importLabel')} onChange={(event) => void imports.importFile(event)} />
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
      {imports.question ? <ReimportQuestion question={imports.question} onAnswer={(choice) => void imports.answer(choice)} /> : null}
      <DraftSearchForm value={filters} onChange={changeFilters} />
      <DeskNotices error={error ?? search.error ?? null} notice={notice} />
      <p role="status" className="drafts__searching">
        {search.searching && hasQuery ? t('search.searching') : ''}
      </p>
      {search.hits === null ? (
        <p>{t('common:loading')}</p>
      ) : search.hits.length === 0 && (hasQuery || hasFilters) ? (
        <div className="drafts__empty drafts__no-match">
          <p>{noMatch(t, filters.query, hasFilters)}</p>
          <button type="button" className="button button--quiet" onClick={() => changeFilters(noFilters)}>
            {t('search.clear')}
          </button>
        </div>
      ) : search.hits.length === 0 ? (
        <p className="drafts__empty">{t('empty')}</p>
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

/** Why the list is empty when something was searched for or filtered: never "No drafts yet". */
function noMatch(t: TFunction<'drafts'>, query: string, hasFilters: boolean): string {
  if (query.trim() === '') return t('search.noFilterResults');
  return hasFilters ? t('search.noResultsFiltered', { query: query.trim() }) : t('search.noResults', { query: query.trim() });
}
