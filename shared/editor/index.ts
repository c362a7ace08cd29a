export { documentExtensions, headingLevels, isAllowedLink } from './document-extensions';
export { ArticleDocument } from './article-document';
export { CaseSection } from './case-section';
export { caseSectionAt, caseSectionsIn, type CaseSectionLocation } from './case-section-position';
export { Figure, readFigureAttributes, type FigureAttributes } from './figure';
export { documentProblems, documentSchema } from './validate-document';
