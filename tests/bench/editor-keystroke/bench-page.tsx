import StarterKit from '@tiptap/starter-kit';
import { EditorContent, useEditor } from '@tiptap/react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { emptyArticleContent, type Article } from '../../../shared/article';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';
import { createI18n } from '../../../renderer/i18n/i18n';
import { ArticleScreen } from '../../../renderer/screens/article/ArticleScreen';
import { bareArticleBody, longArticleBody } from './long-article';
import '../../../renderer/app/app.css';

declare global {
  interface Window {
    benchLatencies: number[];
  }
}

// Keystroke → paint: from the keydown's timestamp to the first task after the next frame.
window.benchLatencies = [];
document.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.benchLatencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  },
  true,
);

function BareEditor() {
  const editor = useEditor({ extensions: [StarterKit], content: bareArticleBody() });
  return <EditorContent editor={editor} />;
}

/** The whole article screen, on a desk that keeps the draft in memory. */
function fullScreenDesk(): DeskTransport {
  const now = new Date().toISOString();
  const article: Article = {
    ...emptyArticleContent('en'),
    headline: 'Harbour ferry fares to rise in January',
    section: 'hong-kong',
    tags: ['transport'],
    body: longArticleBody(),
    id: 'bench',
    status: 'draft',
    revision: 1,
    createdAt: now,
    updatedAt: now,
    approvals: [],
    notes: [],
  };
  return async (channel) => {
    if (channel === 'drafts:get') return { ok: true, value: article };
    if (channel === 'drafts:save') return { ok: true, value: { id: 'bench', revision: 2, updatedAt: now } };
    if (channel === 'drafts:tags') return { ok: true, value: { tags: [], topics: [] } };
    return { ok: false, error: { code: 'not_found', message: `${channel} is not part of the bench` } };
  };
}

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  const mode = new URLSearchParams(location.search).get('mode');
  if (mode === 'bare') {
    createRoot(root).render(<BareEditor />);
    return;
  }
  const i18n = await createI18n('en');
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <DeskProvider client={createDeskClient(fullScreenDesk())}>
        <ArticleScreen draftId="bench" onClose={() => {}} />
      </DeskProvider>
    </I18nextProvider>,
  );
}

void start();
