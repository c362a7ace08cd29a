import type { AnyExtension } from '@tiptap/core';
import { documentExtensions } from '../../shared/editor/document-extensions';
import { CaseBodyClick } from './case-body-click';
import { CaseNumbering } from './case-numbering';
import { CaseTitleKeys } from './case-title-keys';
import { LinkShortcut } from './link-shortcut';
import { CaseSectionView } from './nodes/case-section-view';
import { FigureView } from './nodes/figure-view';
import { PasteSanitizer } from './paste/paste-sanitizer';

export interface EditorExtensionOptions {
  onRequestLink: () => void;
  /** Editor-only additions such as the paste sanitizer; they must not change the schema. */
  extra?: AnyExtension[];
}

/**
 * The shared schema with the desk's views and behaviour added: React node views for cases and
 * figures, case numbering, a trailing paragraph (so one can type after a final case), keys and
 * clicks between a case's title and text, Ctrl/Cmd+K, and the paste sanitizer (Word, Google Docs
 * and web pages arrive as clean structure).
 */
export function editorExtensions({ onRequestLink, extra = [] }: EditorExtensionOptions): AnyExtension[] {
  const withViews = documentExtensions({ trailingParagraph: true }).map((extension) => {
    if (extension.name === CaseSectionView.name) return CaseSectionView;
    if (extension.name === FigureView.name) return FigureView;
    return extension;
  });
  return [...withViews, CaseNumbering, CaseTitleKeys, CaseBodyClick, PasteSanitizer, LinkShortcut.configure({ onRequestLink }), ...extra];
}
