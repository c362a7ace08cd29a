import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice, ImportResult } from '../../../shared/desk-api-drafts';
import { limits } from '../../../shared/limits';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';
import { readFileAsBase64 } from './file-transfer';

type SeenBefore = Extract<ImportResult, { outcome: 'seen-before' }>;
/** A file imported before: what the desk said, and the file, kept to send again with the answer. */
export interface ImportQuestion extends SeenBefore {
  fileName: string;
  data: string;
}

interface Handlers {
  onNotice: (notice: string) => void;
  onError: (error: DeskErrorBody) => void;
  onImported: () => void;
}

/** Import from the file field; a file imported before is held until the person chooses. */
export function useDraftImport({ onNotice, onError, onImported }: Handlers) {
  const { t } = useTranslation('drafts');
  const desk = useDesk();
  const [question, setQuestion] = useState<ImportQuestion | null>(null);

  const send = async (fileName: string, data: string, choice?: ImportChoice) => {
    const result = await desk.call('drafts:import', choice ? { fileName, data, choice } : { fileName, data });
    if (!result.ok) return onError(result.error);
    if (result.value.outcome === 'seen-before') return setQuestion({ ...result.value, fileName, data });
    const { article, skippedImages, replaced } = result.value;
    const headline = article.headline || t('common:untitled');
    const done = replaced ? t('transfer.replaced', { headline }) : t('transfer.imported', { headline });
    onNotice(skippedImages > 0 ? `${done} ${t('transfer.skippedImages', { count: skippedImages, megabytes: limits.imageBytesMax / (1024 * 1024) })}` : done);
    onImported();
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setQuestion(null);
    await send(file.name, await readFileAsBase64(file));
  };

  /** The person's answer; null leaves the file unimported. */
  const answer = async (choice: 'new' | 'replace' | null) => {
    const asked = question;
    setQuestion(null);
    if (!asked || choice === null) return;
    await send(asked.fileName, asked.data, choice === 'new' ? { kind: 'new' } : { kind: 'replace', id: asked.existing.id });
  };

  return { question, importFile, answer };
}
