import { useRef } from 'react';
import { acceptedImageTypes } from '../../media/import-image-file';

/** A button that opens a file chooser for photos (several at once when `multiple`). */
export function PhotoAddButton({ label, chooserLabel, multiple, busy, onFiles }: { label: string; chooserLabel: string; multiple: boolean; busy: boolean; onFiles: (files: File[]) => void }) {
  const chooser = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => chooser.current?.click()}>
        {label}
      </button>
      <input
        ref={chooser}
        type="file"
        accept={acceptedImageTypes}
        multiple={multiple}
        hidden
        aria-label={chooserLabel}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
