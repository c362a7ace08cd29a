import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const uiLanguages = ['zh-Hant', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

type Catalog = Record<string, unknown>;

// Each feature keeps its strings in its own namespace file: locales/<language>/<namespace>.json.
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

export function catalogs(): Record<UiLanguage, Record<string, Catalog>> {
  const resources: Record<UiLanguage, Record<string, Catalog>> = { 'zh-Hant': {}, en: {} };
  for (const [path, catalog] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    const language = uiLanguages.find((candidate) => candidate === match?.[1]);
    if (!language || !match?.[2]) continue;
    resources[language][match[2]] = catalog;
  }
  return resources;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return uiLanguages.some((language) => language === value);
}

/** The language to start in before settings load: the system's, if it is Chinese or English. */
export function guessUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-Hant';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh-Hant';
}

export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    defaultNS: 'common',
    resources: catalogs(),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
