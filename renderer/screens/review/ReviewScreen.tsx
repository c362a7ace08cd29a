import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionName } from '../../../shared/sections/section-name';
import { reviewQueues, type ReviewQueue } from '../../../shared/server-api-review';
import { useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { useSections } from '../article/use-sections';
import './review.css';

type Sort = 'updated' | 'created' | 'headline';

/** The chief editor's queues, each with its count, sortable and filterable by section, language and author. */
export function ReviewScreen() {
  const { t, i18n } = useTranslation('review');
  const [queue, setQueue] = useState<ReviewQueue>('waiting');
  const [section, setSection] = useState('');
  const [language, setLanguage] = useState<'' | 'zh-Hant' | 'en'>('');
  const [author, setAuthor] = useState('');
  const [sort, setSort] = useState<Sort>('updated');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const { sections } = useSections();
  const request = { queue, sort, order, ...(section ? { section } : {}), ...(language ? { language } : {}), ...(author.trim() ? { author: author.trim().toLowerCase() } : {}) };
  // Other desks change the queues: asked again every few seconds while the screen is shown.
  const list = useDeskQuery('review:queue', request, { refetchInterval: 5_000 });
  const nameOf = (slug: string) => {
    const found = sections.find((candidate) => candidate.slug === slug);
    return found ? sectionName(found, i18n.language) : slug;
  };

  return (
    <section className="review-screen" aria-labelledby="review-title">
      <h1 id="review-title">{t('title')}</h1>
      <div role="tablist" aria-label={t('queuesLabel')} className="review-screen__tabs">
        {reviewQueues.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={queue === name} className={`review-tab${queue === name ? ' review-tab--on' : ''}`} onClick={() => setQueue(name)}>
            {t('queueCount', { name: t(`queues.${name}`), count: list.data?.counts[name] ?? 0 })}
          </button>
        ))}
      </div>
      <fieldset className="review-screen__filters">
        <legend>{t('filters')}</legend>
        <label className="field">
          <span className="field__label">{t('section')}</span>
          <select value={section} onChange={(event) => setSection(event.target.value)}>
            <option value="">{t('anySection')}</option>
            {sections.map((candidate) => (
              <option key={candidate.slug} value={candidate.slug}>
                {sectionName(candidate, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value === 'en' || event.target.value === 'zh-Hant' ? event.target.value : '')}>
            <option value="">{t('anyLanguage')}</option>
            <option value="zh-Hant">{t('common:languages.zh-Hant')}</option>
            <option value="en">{t('common:languages.en')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('author')}</span>
          <input value={author} onChange={(event) => setAuthor(event.target.value)} autoCapitalize="none" spellCheck={false} />
        </label>
        <label className="field">
          <span className="field__label">{t('sort')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value === 'created' || event.target.value === 'headline' ? event.target.value : 'updated')}>
            {(['updated', 'created', 'headline'] as const).map((name) => (
              <option key={name} value={name}>
                {t(`sorts.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('order')}</span>
          <select value={order} onChange={(event) => setOrder(event.target.value === 'asc' ? 'asc' : 'desc')}>
            <option value="desc">{t('orders.desc')}</option>
            <option value="asc">{t('orders.asc')}</option>
          </select>
        </label>
      </fieldset>
      {list.error ? <p role="alert" className="notice notice--error">{list.error.body.details?.includes('reason:newsroom_sign_in') ? t('signIn') : errorMessage(t, list.error.body)}</p> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="review-screen__list" aria-label={t('listLabel', { queue: t(`queues.${queue}`) })}>
          {list.data.items.map((item) => (
            <li key={item.id} className="review-item">
              <a href={`#/review/${item.id}`} className="review-item__headline" lang={item.language}>
                {item.headline || t('common:untitled')}
              </a>
              <span className="review-item__meta">{t('by', { author: item.author, section: nameOf(item.section), time: new Date(item.updatedAt).toLocaleString(i18n.language) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
