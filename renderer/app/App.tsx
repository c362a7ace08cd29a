import { useTranslation } from 'react-i18next';
import { ArticleScreen } from '../screens/article/ArticleScreen';
import { DraftsScreen } from '../screens/drafts/DraftsScreen';
import { LanguageSwitch } from './LanguageSwitch';
import { useHashRoute } from './use-hash-route';
import './app.css';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-brand" href="#/">
          <span className="app-brand__name">{t('appName')}</span>
          <span className="app-brand__tagline">{t('tagline')}</span>
        </a>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        {route.screen === 'article' ? (
          <ArticleScreen key={route.id} draftId={route.id} onClose={() => navigate({ screen: 'drafts' })} />
        ) : (
          <DraftsScreen onOpen={(id) => navigate({ screen: 'article', id })} />
        )}
      </main>
    </div>
  );
}
