import english from '../../renderer/i18n/locales/en/menu.json';
import chinese from '../../renderer/i18n/locales/zh-Hant/menu.json';

/** The menus' words, from the same catalogs as the page's (renderer/i18n/locales/<lang>/menu.json). */
export type MenuLabels = typeof english;
export type MenuLanguage = 'en' | 'zh-Hant';

const catalogs: Record<MenuLanguage, MenuLabels> = { en: english, 'zh-Hant': chinese };

export function menuLabels(language: MenuLanguage): MenuLabels {
  return catalogs[language];
}

/** The interface language the person chose, else the system's when it is Chinese, else English. */
export function menuLanguage(chosen: string | undefined, systemLocale: string): MenuLanguage {
  if (chosen === 'en' || chosen === 'zh-Hant') return chosen;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-Hant' : 'en';
}
