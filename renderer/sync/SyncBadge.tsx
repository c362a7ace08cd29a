import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../shared/desk-api-sync';
import { syncStateText } from './sync-state-text';
import './sync.css';

/** The draft's standing with the newsroom, as a small labelled badge (the drafts list, the article screen). */
export function SyncBadge({ state }: { state: SyncState }) {
  const { t, i18n } = useTranslation('sync');
  return (
    <span className={`sync-badge sync-badge--${state.state}`}>
      <span className="visually-hidden">{t('label')}: </span>
      {syncStateText(t, state, i18n.language)}
    </span>
  );
}
