import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsroomState } from '../../../shared/desk-api-newsroom';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { signInErrorText } from './sign-in-error';
import './newsroom.css';

interface Props {
  /** Signed in (or the first account made): back to the person's home screen. */
  onSignedIn: () => void;
}

const stateChannels = ['newsroom:state', 'sync:list', 'sync:state'] as const;

/** "Sign in to the newsroom": address, username, password; who is signed in; the first account of a new newsroom. */
export function NewsroomScreen({ onSignedIn }: Props) {
  const { t } = useTranslation('newsroom');
  const state = useDeskQuery('newsroom:state', {});
  if (!state.data) return <p role="status">{t('common:loading')}</p>;
  return <NewsroomForms key={state.data.serverUrl ?? ''} state={state.data} onSignedIn={onSignedIn} />;
}

function NewsroomForms({ state, onSignedIn }: { state: NewsroomState; onSignedIn: () => void }) {
  const { t } = useTranslation('newsroom');
  const [serverUrl, setServerUrl] = useState(state.serverUrl ?? '');
  const [username, setUsername] = useState(state.user?.username ?? '');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const signIn = useDeskMutation('newsroom:signIn', stateChannels);
  const firstAccount = useDeskMutation('newsroom:createFirstAccount', stateChannels);
  const signOut = useDeskMutation('newsroom:signOut', stateChannels);
  const failure = signIn.error ?? firstAccount.error ?? signOut.error;
  const busy = signIn.isPending || firstAccount.isPending;
  const setup = state.setupNeeded === true && state.status !== 'signed_in';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const after = { onSuccess: () => { setPassword(''); onSignedIn(); } };
    if (setup) firstAccount.mutate({ serverUrl, username, displayName, password }, after);
    else signIn.mutate({ serverUrl, username, password }, after);
  };

  return (
    <section className="newsroom-screen" aria-labelledby="newsroom-title">
      <h1 id="newsroom-title">{setup ? t('firstAccountTitle') : t('title')}</h1>
      <p className="newsroom-screen__intro">{setup ? t('firstAccountIntro') : t('intro')}</p>
      {state.status === 'signed_in' && state.user ? (
        <div className="newsroom-screen__who" role="status">
          <p>{t('signedInAs', { name: state.user.displayName, role: t(`roles.${state.user.role}`), server: state.serverUrl ?? '' })}</p>
          <button type="button" className="button" onClick={() => signOut.mutate({})}>
            {t('signOut')}
          </button>
        </div>
      ) : null}
      {state.status === 'expired' ? <p role="alert" className="newsroom-screen__expired">{t('expired')}</p> : null}
      <p className="newsroom-screen__storage">{t(`storage.${state.tokenStorageReason ?? state.tokenStorage}`)}</p>
      {state.status !== 'signed_in' ? (
        <form className="newsroom-screen__form" onSubmit={submit}>
          <label className="field">
            <span className="field__label">{t('address')}</span>
            <input type="url" inputMode="url" autoComplete="url" required value={serverUrl} onChange={(event) => setServerUrl(event.target.value)} aria-describedby="newsroom-address-hint" />
            <span id="newsroom-address-hint" className="field__hint">{t('addressHint')}</span>
          </label>
          {setup ? (
            <label className="field">
              <span className="field__label">{t('displayName')}</span>
              <input autoComplete="name" required value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
            </label>
          ) : null}
          <label className="field">
            <span className="field__label">{t('username')}</span>
            <input autoComplete="username" required autoCapitalize="none" spellCheck={false} value={username} onChange={(event) => setUsername(event.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('password')}</span>
            <input type="password" autoComplete={setup ? 'new-password' : 'current-password'} required minLength={setup ? 10 : 1} value={password} onChange={(event) => setPassword(event.target.value)} aria-describedby={setup ? 'newsroom-password-rule' : undefined} />
            {setup ? <span id="newsroom-password-rule" className="field__hint">{t('passwordRule')}</span> : null}
          </label>
          {failure ? <p role="alert" className="newsroom-screen__error">{signInErrorText(t, failure.body)}</p> : null}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('signingIn') : setup ? t('createFirstAccount') : t('signIn')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
