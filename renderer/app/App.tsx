import { useTranslation } from 'react-i18next';
import { ArticleScreen } from '../screens/article/ArticleScreen';
import { DraftsScreen } from '../screens/drafts/DraftsScreen';
import { DeskNotices } from './DeskNotices';
import { LanguageSwitch } from './LanguageSwitch';
import { NewsroomBadge } from './NewsroomBadge';
import { NewsroomScreen } from '../screens/newsroom/NewsroomScreen';
import { UpdateOffer } from './UpdateOffer';
import { useAppMenu } from './use-app-menu';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const menuError = useAppMenu(navigate);
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-brand" href="#/">
          <span className="app-brand__name">{t('appName')}</span>
          <span className="app-brand__tagline">{t('tagline')}</span>
        </a>
        {route.screen === 'drafts' ? <UpdateOffer /> : null}
        <NewsroomBadge />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <DeskNotices error={menuError} />
        {route.screen === 'newsroom' ? (
          <NewsroomScreen onSignedIn={() => navigate({ screen: 'drafts' })} />
        ) : route.screen === 'article' ? (
          <ArticleScreen key={route.id} draftId={route.id} onClose={() => navigate({ screen: 'drafts' })} />
        ) : (
          <DraftsScreen onOpen={(id) => navigate({ screen: 'article', id })} />
        )}
      </main>
    </div>
  );
}
