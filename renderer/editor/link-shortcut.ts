import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  /** Opens the link form; the editor cannot ask for an address itself. */
  onRequestLink: () => void;
}

/** Ctrl/Cmd+K asks for a link address (StarterKit's Link has no shortcut of its own). */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onRequestLink: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequestLink();
        return true;
      },
    };
  },
});
