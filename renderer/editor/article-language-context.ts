import { createContext, useContext } from 'react';
import type { Language } from '../../shared/article';

/** The article's language (not the interface's): case labels follow it ("Case 1:" / "案例一："). */
export const ArticleLanguageContext = createContext<Language>('zh-Hant');

export function useArticleLanguage(): Language {
  return useContext(ArticleLanguageContext);
}
