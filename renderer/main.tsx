import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createDefaultDeskClient } from './api/desk-client';
import { DeskProvider } from './api/desk-context';
import { App } from './app/App';
import { createI18n, guessUiLanguage, isUiLanguage } from './i18n/i18n';

async function start(): Promise<void> {
  const desk = createDefaultDeskClient();
  const settings = await desk.call('settings:get', {});
  const remembered = settings.ok ? settings.value.uiLanguage : undefined;
  const language = isUiLanguage(remembered) ? remembered : guessUiLanguage(navigator.languages);
  document.documentElement.lang = language;
  const i18n = await createI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DeskProvider client={desk}>
          <App />
        </DeskProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
