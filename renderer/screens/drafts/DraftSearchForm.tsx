import { useTranslation } from 'react-i18next';
import { articleStatuses, languages } from '../../../shared/article';
import { searchScopes, searchSorts, type DraftSearchQuery } from '../../../shared/desk-api-drafts';

type Filters = Required<Pick<DraftSearchQuery, 'query' | 'scope' | 'sort'>> & Pick<DraftSearchQuery, 'status' | 'language'>;

/** The search box with its scope, sort and filters, as on the public site's search. */
export function DraftSearchForm({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation('drafts');
  return (
    <form className="draft-search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="field draft-search__query">
        <span className="field__label">{t('search.label')}</span>
        <input type="search" aria-label={t('search.label')} value={value.query} placeholder={t('search.placeholder')} onChange={(event) => onChange({ ...value, query: event.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{t('search.scope')}</span>
        <select aria-label={t('search.scope')} value={value.scope} onChange={(event) => onChange({ ...value, scope: searchScopes.find((scope) => scope === event.target.value) ?? 'content' })}>
          {searchScopes.map((scope) => (
            <option key={scope} value={scope}>
              {t(`search.scopes.${scope}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('search.sort')}</span>
        <select aria-label={t('search.sort')} value={value.sort} onChange={(event) => onChange({ ...value, sort: searchSorts.find((sort) => sort === event.target.value) ?? 'newest' })}>
          {searchSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`search.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('search.status')}</span>
        <select aria-label={t('search.status')} value={value.status ?? ''} onChange={(event) => onChange({ ...value, status: articleStatuses.find((status) => status === event.target.value) })}>
          <option value="">{t('search.any')}</option>
          {articleStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('search.language')}</span>
        <select aria-label={t('search.language')} value={value.language ?? ''} onChange={(event) => onChange({ ...value, language: languages.find((language) => language === event.target.value) })}>
          <option value="">{t('search.any')}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`common:languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
