import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskMutation } from '../api/use-desk-query';
import { errorMessage } from '../i18n/error-message';

/**
 * "Ask the photo desk": for a draft the newsroom has, the reporter flags it as needing pictures,
 * with a note (what to shoot, whom to call); the photo desk's queue lists it, oldest first.
 */
export function PhotoRequest({ draftId }: { draftId: string }) {
  const { t } = useTranslation('sync');
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const request = useDeskMutation('sync:requestPhotos');
  const asked = request.data?.needsPhotos === true;

  if (!open && !asked) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('photos.ask')}
      </button>
    );
  }
  return (
    <div className="sync-bar__photos">
      {asked ? (
        <p role="status" className="notice">
          {t('photos.asked')}
        </p>
      ) : (
        <form
          className="sync-bar__photo-form"
          aria-label={t('photos.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            request.mutate({ draftId, needsPhotos: true, ...(note.trim() ? { note: note.trim() } : {}) });
          }}
        >
          <label className="field">
            <span className="field__label">{t('photos.note')}</span>
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={request.isPending}>
            {t('photos.send')}
          </button>
        </form>
      )}
      {request.error ? <p role="alert" className="notice notice--error">{errorMessage(t, request.error.body)}</p> : null}
    </div>
  );
}
