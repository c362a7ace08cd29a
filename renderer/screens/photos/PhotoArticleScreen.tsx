import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import type { PhotoSet, PhotoTarget } from '../../../shared/desk-api-photos';
import { attachToSet } from '../../../shared/photos/attach-to-set';
import { editScope } from '../../../shared/workflow';
import { DeskCallError, useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import { PhotoAddButton } from './PhotoAddButton';
import { PhotoArticleText } from './PhotoArticleText';
import { PhotoCard } from './PhotoCard';
import { PhotoUploadList } from './PhotoUploadList';
import { usePhotoAttach } from './use-photo-attach';
import './photos.css';

type Notice = { kind: 'saved' } | { kind: 'stale'; revision: number } | { kind: 'done' } | { kind: 'error'; message: string };

const sameSet = (a: PhotoSet, b: PhotoSet) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One article on the photo desk: the text read-only, and the lead image and each figure with
 * Caption, Credit and Alt text. Photos are added by button or by dropping several at once; each
 * file shows its own progress. Save sends only the images, onto the revision on screen; a stale
 * one reloads the article and keeps everything typed here.
 */
export function PhotoArticleScreen({ serverId }: { serverId: string }) {
  const { t } = useTranslation('photos');
  const opened = useDeskQuery('photos:open', { serverId });
  const session = useDeskQuery('newsroom:state', {});
  const save = useDeskMutation('photos:save', ['photos:queue']);
  const done = useDeskMutation('photos:done', ['photos:queue']);
  // The photo editor's working copy: set once from the server, then only by what they do here.
  const [working, setWorking] = useState<PhotoSet | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [note, setNote] = useState('');
  const [dragging, setDragging] = useState(false);
  const uploads = usePhotoAttach((target, uploaded) => {
    setWorking((current) => {
      const base = current ?? opened.data?.images;
      return base ? attachToSet(base, target, uploaded) : current;
    });
  });

  if (opened.error) {
    return <p role="alert" className="notice notice--error">{opened.error.body.details?.includes('reason:newsroom_sign_in') ? t('signIn') : errorMessage(t, opened.error.body)}</p>;
  }
  if (!opened.data) return <p>{t('common:loading')}</p>;
  const { article } = opened.data;
  const images = working ?? opened.data.images;
  const unsaved = !sameSet(images, opened.data.images);
  const busy = uploads.busy || save.isPending || done.isPending;
  const role = session.data?.user?.role;
  // The newsroom decides; this only spares the photo editor a refused save (a draft not yet submitted).
  const mayEdit = role === undefined || editScope(article.status, role, false) !== 'none';

  const attach = (files: File[], target: PhotoTarget) => {
    setNotice(null);
    void uploads.attach(files, target, images);
  };
  const change = (next: PhotoSet) => setWorking(next);
  const setFigure = (index: number, image: ImageRef) => change({ ...images, figures: images.figures.map((each, at) => (at === index ? image : each)) });

  const onSave = async () => {
    setNotice(null);
    try {
      const saved = await save.mutateAsync({ serverId, revision: article.revision, images });
      setWorking(saved.images);
      await opened.refetch();
      setNotice({ kind: 'saved' });
    } catch (error) {
      const body = error instanceof DeskCallError ? error.body : null;
      const current = body?.code === 'conflict' ? body.details?.find((detail) => detail.startsWith('currentRevision:')) : undefined;
      if (current) {
        // The working copy stays: the latest text comes in, and the next Save goes onto it.
        await opened.refetch();
        setNotice({ kind: 'stale', revision: Number(current.slice('currentRevision:'.length)) });
        return;
      }
      setNotice({ kind: 'error', message: body ? errorMessage(t, body) : String(error) });
    }
  };
  const onDone = async () => {
    setNotice(null);
    try {
      await done.mutateAsync({ serverId, ...(note.trim() ? { note: note.trim() } : {}) });
      await opened.refetch();
      setNotice({ kind: 'done' });
    } catch (error) {
      setNotice({ kind: 'error', message: error instanceof DeskCallError ? errorMessage(t, error.body) : String(error) });
    }
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files].filter((file) => file.type.startsWith('image/'));
    // With no lead image yet, the first dropped photo becomes it and the rest are figures.
    attach(files, images.lead ? { kind: 'addFigures' } : { kind: 'lead' });
  };

  return (
    <article className="photo-article" aria-label={t('articleLabel')}>
      <div className="photo-article__bar">
        <a className="button button--quiet" href="#/photos">
          ← {t('back')}
        </a>
        <span>{t('revision', { revision: article.revision, status: t(`drafts:statuses.${article.status}`) })}</span>
        {article.needsPhotos ? <span className="photo-article__flag">{t('needsPhotos')}</span> : <span className="photo-article__flag photo-article__flag--done">{t('photosDoneFlag')}</span>}
      </div>
      {mayEdit ? null : <p className="notice">{t('notEditable', { status: t(`drafts:statuses.${article.status}`) })}</p>}
      {notice?.kind === 'saved' ? <p aria-live="polite" className="notice">{t('saved')}</p> : null}
      {notice?.kind === 'done' ? <p aria-live="polite" className="notice">{t('doneNotice', { reporter: article.author })}</p> : null}
      {notice?.kind === 'stale' ? <p role="alert" className="notice notice--error">{t('stale', { revision: notice.revision })}</p> : null}
      {notice?.kind === 'error' ? <p role="alert" className="notice notice--error">{notice.message}</p> : null}
      <div className="photo-article__layout">
        <PhotoArticleText article={article} />
        <div className="photo-article__images">
          <section
            className={`photo-drop${dragging ? ' photo-drop--over' : ''}`}
            aria-label={t('dropLabel')}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>{images.lead ? t('dropHint') : t('dropHintLead')}</p>
            <div className="photo-drop__buttons">
              {images.lead ? null : <PhotoAddButton label={t('setLead')} chooserLabel={t('chooseFor', { place: t('lead') })} multiple={false} busy={busy} onFiles={(files) => attach(files, { kind: 'lead' })} />}
              <PhotoAddButton label={t('addFigures')} chooserLabel={t('chooseFigures')} multiple busy={busy} onFiles={(files) => attach(files, { kind: 'addFigures' })} />
            </div>
          </section>
          <PhotoUploadList rows={uploads.rows} />
          {images.lead ? (
            <PhotoCard title={t('lead')} image={images.lead} replaceLabel={t('replaceLead')} busy={busy} onChange={(lead) => change({ ...images, lead })} onReplace={(files) => attach(files, { kind: 'lead' })} />
          ) : (
            <p className="photo-article__missing">{t('noLead')}</p>
          )}
          {images.figures.map((figure, index) => {
            const title = t('figure', { number: index + 1 });
            return (
              <PhotoCard
                key={index}
                title={title}
                image={figure}
                replaceLabel={t('replaceFigure', { number: index + 1 })}
                busy={busy}
                onChange={(image) => setFigure(index, image)}
                onReplace={(files) => attach(files, { kind: 'figure', index })}
              />
            );
          })}
          <div className="photo-article__save">
            <button type="button" className="button button--primary" disabled={busy || !unsaved || !mayEdit} onClick={() => void onSave()}>
              {save.isPending ? t('saving') : t('save')}
            </button>
            <span className="photo-article__hint">{unsaved ? t('unsaved') : t('allSaved')}</span>
          </div>
          <section className="photo-article__done" aria-labelledby="photos-done-title">
            <h2 id="photos-done-title" className="panel-heading">
              {t('doneTitle')}
            </h2>
            <label className="field">
              <span className="field__label">{t('doneNote')}</span>
              <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
            <button type="button" className="button" disabled={busy || unsaved || !article.needsPhotos} onClick={() => void onDone()}>
              {t('done')}
            </button>
            {unsaved ? <p className="photo-article__hint">{t('saveFirst')}</p> : null}
          </section>
        </div>
      </div>
    </article>
  );
}
