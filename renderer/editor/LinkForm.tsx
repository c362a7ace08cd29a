import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLink } from '../../shared/editor/document-extensions';

/** Asks for a link address; only http, https and mailto addresses are accepted. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const current: unknown = editor.getAttributes('link').href;
  const [href, setHref] = useState(typeof current === 'string' ? current : '');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const address = /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(href.trim()) ? `https://${href.trim()}` : href.trim();
    if (!isAllowedLink(address)) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: address, marks: [{ type: 'link', attrs: { href: address } }] }).run();
    } else {
      chain.setLink({ href: address }).run();
    }
    onClose();
  };

  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label className="link-form__field">
        <span>{t('linkAddress')}</span>
        <input
          autoFocus
          type="url"
          inputMode="url"
          value={href}
          placeholder="https://"
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setHref(event.target.value);
            setInvalid(false);
          }}
        />
      </label>
      <button type="submit" className="button button--primary">
        {t('applyLink')}
      </button>
      {editor.isActive('link') ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('removeLink')}
        </button>
      ) : null}
      <button type="button" className="button button--quiet" onClick={close}>
        {t('cancel')}
      </button>
      {invalid ? (
        <p id={errorId} role="alert" className="link-form__error">
          {t('linkInvalid')}
        </p>
      ) : null}
    </form>
  );
}
