import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '../../../shared/article';
import { acceptedImageTypes } from '../../media/import-image-file';
import { PhotoPicture } from './PhotoPicture';

interface PhotoCardProps {
  /** "Lead image", "Figure 2": names the group, so each Caption field is found by its image. */
  title: string;
  image: ImageRef;
  replaceLabel: string;
  busy: boolean;
  onChange: (image: ImageRef) => void;
  onReplace: (files: File[]) => void;
}

/** One image with its Caption, Credit and Alt text, and a Replace button that opens a file chooser. */
export function PhotoCard({ title, image, replaceLabel, busy, onChange, onReplace }: PhotoCardProps) {
  const { t } = useTranslation('photos');
  const chooser = useRef<HTMLInputElement>(null);
  const id = useId();
  const field = (name: 'caption' | 'credit' | 'alt', multiline: boolean) => {
    const label = t(`fields.${name}`);
    const props = { id: `${id}-${name}`, value: image[name], onChange: (event: { target: { value: string } }) => onChange({ ...image, [name]: event.target.value }) };
    return (
      <div className="field">
        <label className="field__label" htmlFor={props.id}>
          {label}
        </label>
        {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
      </div>
    );
  };
  return (
    <fieldset className="photo-card">
      <legend className="photo-card__title">{title}</legend>
      <PhotoPicture mediaId={image.mediaId} alt={image.alt} />
      <div className="photo-card__fields">
        {field('caption', true)}
        {field('credit', false)}
        {field('alt', true)}
        <div className="photo-card__actions">
          <button type="button" className="button" disabled={busy} onClick={() => chooser.current?.click()}>
            {replaceLabel}
          </button>
          <input
            ref={chooser}
            type="file"
            accept={acceptedImageTypes}
            hidden
            aria-label={t('chooseFor', { place: title })}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              onReplace(files);
            }}
          />
        </div>
      </div>
    </fieldset>
  );
}
