/**
 * Mammoth style mappings for the parts of a Word document that are article fields rather than
 * body text. Word's built-in styles keep their English names ("Title", "Subtitle") in the file
 * whatever the language of Word's menus, so matching the name and the style id is enough. The
 * classes are read back by `htmlToDoc`, which takes each field from its first paragraph.
 */
export const articleFieldClasses = {
  headline: 'copydesk-headline',
  standfirst: 'copydesk-standfirst',
  byline: 'copydesk-byline',
} as const;
export type ArticleFieldClass = keyof typeof articleFieldClasses;

export const wordStyleMap: string[] = [
  `p[style-name='Title'] => h1.${articleFieldClasses.headline}:fresh`,
  `p.Title => h1.${articleFieldClasses.headline}:fresh`,
  `p[style-name='Subtitle'] => p.${articleFieldClasses.standfirst}:fresh`,
  `p.Subtitle => p.${articleFieldClasses.standfirst}:fresh`,
  // Not built into Word, but newsroom templates often have one.
  `p[style-name='Byline'] => p.${articleFieldClasses.byline}:fresh`,
  `p.Byline => p.${articleFieldClasses.byline}:fresh`,
];
