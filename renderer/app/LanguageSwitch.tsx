import { useTranslation } from 'react-i18next';
import { useDesk } from '../api/desk-context';
import { isUiLanguage, uiLanguages } from '../i18n/i18n';

/** "Interface language": switches the catalogs at once and remembers the choice in settings. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  return (
    <label className="language-switch">
      <span>{t('interfaceLanguage')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isUiLanguage(language)) return;
          void i18n.changeLanguage(language);
          document.documentElement.lang = language;
          void desk.call('settings:set', { uiLanguage: language });
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
