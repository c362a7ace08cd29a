import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/workflow';
import { useDeskMutation, useDeskQuery } from '../../api/use-desk-query';
import { errorMessage } from '../../i18n/error-message';
import '../review/review.css';

function isRole(value: string): value is Role {
  return roles.some((role) => role === value);
}

/** Accounts for the administrator: add with a role (the password shown once), change a role, disable, reset a password. */
export function PeopleScreen() {
  const { t } = useTranslation('people');
  const list = useDeskQuery('people:list', {});
  const create = useDeskMutation('people:create', ['people:list']);
  const setRole = useDeskMutation('people:setRole', ['people:list']);
  const disable = useDeskMutation('people:disable', ['people:list']);
  const reset = useDeskMutation('people:resetPassword', ['people:list']);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setNewRole] = useState<Role>('reporter');
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const failure = list.error ?? create.error ?? setRole.error ?? disable.error ?? reset.error;

  const add = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { username, displayName, role },
      {
        onSuccess: (made) => {
          setShown({ username: made.person.username, password: made.password });
          setUsername('');
          setDisplayName('');
        },
      },
    );
  };

  return (
    <section className="people-screen" aria-labelledby="people-title">
      <h1 id="people-title">{t('title')}</h1>
      <form className="review-screen__filters" onSubmit={add} aria-label={t('create')}>
        <label className="field">
          <span className="field__label">{t('username')}</span>
          <input required value={username} onChange={(event) => setUsername(event.target.value)} autoCapitalize="none" spellCheck={false} />
        </label>
        <label className="field">
          <span className="field__label">{t('displayName')}</span>
          <input value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('role')}</span>
          <select value={role} onChange={(event) => isRole(event.target.value) && setNewRole(event.target.value)}>
            {roles.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`newsroom:roles.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('add')}
        </button>
      </form>
      {shown ? (
        <p role="status" className="notice">
          {t('passwordOnce', { username: shown.username })} <span className="people-password">{shown.password}</span>
        </p>
      ) : null}
      {failure ? <p role="alert" className="notice notice--error">{errorMessage(t, failure.body)}</p> : null}
      {list.data ? (
        <ul className="people-screen__list" aria-label={t('listLabel')}>
          {list.data.items.map((person) => {
            const name = person.displayName || person.username;
            return (
              <li key={person.id} className="people-item">
                <span>
                  <strong>{name}</strong> ({person.username}){person.disabled ? ` · ${t('disabled')}` : ''}
                </span>
                <span className="people-item__actions">
                  <select aria-label={t('changeRole', { name })} value={person.role} disabled={person.disabled} onChange={(event) => isRole(event.target.value) && setRole.mutate({ username: person.username, role: event.target.value })}>
                    {roles.map((candidate) => (
                      <option key={candidate} value={candidate}>
                        {t(`newsroom:roles.${candidate}`)}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="button" aria-label={t('resetName', { name })} disabled={person.disabled} onClick={() => reset.mutate({ username: person.username }, { onSuccess: (done) => setShown({ username: done.person.username, password: done.password }) })}>
                    {t('resetPassword')}
                  </button>
                  <button type="button" className="button button--danger" aria-label={t('disableName', { name })} disabled={person.disabled} onClick={() => window.confirm(t('confirmDisable', { name })) && disable.mutate({ username: person.username })}>
                    {t('disable')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
