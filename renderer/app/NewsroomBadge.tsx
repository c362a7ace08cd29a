import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../api/use-desk-query';
import '../screens/newsroom/newsroom.css';

/** The header's "who is signed in" link: opens the sign-in screen. */
export function NewsroomBadge() {
  const { t } = useTranslation('newsroom');
  // Asked again now and then: a session that ends while the desk runs shows here.
  const state = useDeskQuery('newsroom:state', {}, { refetchInterval: 20_000 });
  const user = state.data?.user;
  const label = !user || state.data?.status === 'signed_out'
    ? t('headerSignIn')
    : state.data?.status === 'expired'
      ? t('headerExpired', { name: user.displayName })
      : t('headerUser', { name: user.displayName, role: t(`roles.${user.role}`) });
  return (
    <a className={`newsroom-badge newsroom-badge--${state.data?.status ?? 'signed_out'}`} href="#/newsroom">
      {label}
    </a>
  );
}
