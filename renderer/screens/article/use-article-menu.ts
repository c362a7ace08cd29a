import { useState } from 'react';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { useDeskEvent } from '../../api/use-desk-event';
import { downloadText } from '../drafts/file-transfer';

export interface ArticleMenuOptions {
  draftId: string;
  /** Saves what is on screen, so Export… exports it. */
  flush: () => Promise<unknown>;
  togglePreview: () => void;
  toggleHistory: () => void;
}

/** View ▸ Preview / Checklist / History and File ▸ Export… from the native menu, on this article. */
export function useArticleMenu({ draftId, flush, togglePreview, toggleHistory }: ArticleMenuOptions): DeskErrorBody | null {
  const desk = useDesk();
  const [error, setError] = useState<DeskErrorBody | null>(null);
  useDeskEvent('menu:preview', togglePreview);
  useDeskEvent('menu:history', toggleHistory);
  useDeskEvent('menu:checklist', () => {
    // Focusing scrolls the checklist into view too.
    document.getElementById('checklist-heading')?.focus();
  });
  useDeskEvent('menu:export', () => {
    void flush()
      .then(() => desk.call('drafts:export', { id: draftId }))
      .then((result) => {
        setError(result.ok ? null : result.error);
        if (result.ok) downloadText(result.value.fileName, result.value.mimeType, result.value.text);
      });
  });
  return error;
}
