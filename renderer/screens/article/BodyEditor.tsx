import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { ArticleBody } from '../../../shared/article';
import { bodySchema } from '../../../shared/article';

/** The article body: a TipTap editor whose JSON is saved as the draft's body. */
export function BodyEditor({ body, label, onChange }: { body: ArticleBody; label: string; onChange: (body: ArticleBody) => void }) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] } })],
    content: body,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'body-editor__content' },
    },
    onUpdate: ({ editor: current }) => {
      const parsed = bodySchema.safeParse(current.getJSON());
      if (parsed.success) onChange(parsed.data);
    },
  });
  return <EditorContent editor={editor} className="body-editor" />;
}
