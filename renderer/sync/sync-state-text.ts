import type { TFunction } from 'i18next';
import type { SyncState } from '../../shared/desk-api-sync';

/** Newsroom times are Hong Kong times; shown in the person's language, with the zone named. */
export function newsroomTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Hong_Kong', timeZoneName: 'short' }).format(new Date(value));
}

/** One sentence for the draft's standing with the newsroom, in the person's language. */
export function syncStateText(t: TFunction<'sync'>, state: SyncState, language: string): string {
  switch (state.state) {
    case 'local_only':
      return t('states.local_only');
    case 'waiting': {
      const what = t(`work.${state.next}`);
      if (state.reason === 'retrying') {
        return state.retryAt ? t('states.waiting_retrying', { what, time: new Date(state.retryAt).toLocaleTimeString(language) }) : t('states.waiting_retrying_soon', { what });
      }
      return t(`states.waiting_${state.reason}`, { what });
    }
    case 'sending':
      return t('states.sending', { what: t(`work.${state.next}`) });
    case 'stopped':
      return t('states.stopped', { message: state.message });
    case 'sent':
      return t('states.sent', { revision: state.revision });
    case 'changed_on_server':
      return t('states.changed_on_server', { serverRevision: state.serverRevision });
    case 'conflict':
      return t('states.conflict', { count: state.conflicts });
    case 'returned':
      return state.note ? t('states.returned_note', { note: state.note }) : t('states.returned');
    case 'approved':
      return t('states.approved');
    case 'scheduled':
      return t('states.scheduled', { time: newsroomTime(state.publishAt, language) });
    case 'published':
      return t('states.published');
  }
}

/** Only a web address the desk may open: http(s), nothing else (a `javascript:` link is dropped). */
export function safePublicUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
