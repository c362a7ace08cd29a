import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/workflow';
import { useDeskEvent } from '../api/use-desk-event';
import { useDeskQuery } from '../api/use-desk-query';
import { useNotificationFeed } from '../api/use-notification-feed';
import { useNotificationHref } from '../screens/notifications/use-notification-href';
import { ArticleScreen } from '../screens/article/ArticleScreen';
import { DraftsScreen } from '../screens/drafts/DraftsScreen';
import { NewsroomScreen } from '../screens/newsroom/NewsroomScreen';
import { NotificationsScreen } from '../screens/notifications/NotificationsScreen';
import { PeopleScreen } from '../screens/people/PeopleScreen';
import { PhotoArticleScreen } from '../screens/photos/PhotoArticleScreen';
import { PhotoDeskScreen } from '../screens/photos/PhotoDeskScreen';
import { ReviewArticleScreen } from '../screens/review/ReviewArticleScreen';
import { ReviewScreen } from '../screens/review/ReviewScreen';
import { DeskNav } from './DeskNav';
import { DeskNotices } from './DeskNotices';
import { LanguageSwitch } from './LanguageSwitch';
import { NewsroomBadge } from './NewsroomBadge';
import { UpdateOffer } from './UpdateOffer';
import { useAppMenu } from './use-app-menu';
import { useHashRoute, type Route } from './use-hash-route';
import './app.css';

/** `#/` is the role's home: the review desk for chief editors and admins, the photo desk for photo editors, the drafts for reporters. */
function resolveHome(route: Route, role: Role | null): Route {
  if (route.screen !== 'home') return route;
  if (role === 'photo_editor') return { screen: 'photos' };
  return role === 'chief_editor' || role === 'admin' ? { screen: 'review' } : { screen: 'drafts' };
}

function Screen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  switch (route.screen) {
    case 'newsroom':
      return <NewsroomScreen onSignedIn={() => navigate({ screen: 'home' })} />;
    case 'article':
      return <ArticleScreen key={route.id} draftId={route.id} onClose={() => navigate({ screen: 'drafts' })} />;
    case 'review':
      return <ReviewScreen />;
    case 'reviewArticle':
      return <ReviewArticleScreen key={route.id} serverId={route.id} />;
    case 'photos':
      return <PhotoDeskScreen />;
    case 'photoArticle':
      return <PhotoArticleScreen key={route.id} serverId={route.id} />;
    case 'people':
      return <PeopleScreen />;
    case 'notifications':
      return <NotificationsScreen />;
    default:
      return <DraftsScreen onOpen={(id) => navigate({ screen: 'article', id })} />;
  }
}

export function App() {
  const { t } = useTranslation();
  const [asked, navigate] = useHashRoute();
  const menuError = useAppMenu(navigate);
  const session = useDeskQuery('newsroom:state', {});
  const role = session.data?.status === 'signed_in' ? (session.data.user?.role ?? null) : null;
  const route = resolveHome(asked, role);
  useNotificationFeed(role !== null);
  const hrefOf = useNotificationHref();
  // A desktop notification clicked (Electron): its article, or the list when several came at once.
  useDeskEvent('notification:open', ({ articleId }) => {
    window.location.hash = (articleId ? hrefOf(articleId) : null) ?? '#/notifications';
  });
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-brand" href="#/">
          <span className="app-brand__name">{t('appName')}</span>
          <span className="app-brand__tagline">{t('tagline')}</span>
        </a>
        <DeskNav role={role} />
        {route.screen === 'drafts' ? <UpdateOffer /> : null}
        <NewsroomBadge />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <DeskNotices error={menuError} />
        <Screen route={route} navigate={navigate} />
      </main>
    </div>
  );
}
