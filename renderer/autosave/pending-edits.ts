import { createContext } from 'react';

/**
 * Editors that hold typed text back (the body editor: serializing a long body on every keystroke
 * would cost typing latency) say cheaply that something changed, and register how to hand the
 * text over. Autosave then runs its pause and max-wait timers on those changes and asks for the
 * text only when it writes — one serialization per save, and every flush (pause, max wait, blur,
 * leaving, window close, Ctrl/Cmd+S) takes the newest text first, in a fixed order rather than in
 * whatever order window listeners happen to run.
 */
export interface PendingEdits {
  /** Returns the unregister function. `handOver` must pass its text on synchronously. */
  register(handOver: () => void): () => void;
  /** An editor changed without handing its text over yet. */
  markChanged(): void;
  /** Autosave listens here; returns the unsubscribe function. */
  onChanged(listener: () => void): () => void;
  handOverAll(): void;
}

export function createPendingEdits(): PendingEdits {
  const handOvers = new Set<() => void>();
  const listeners = new Set<() => void>();
  return {
    register(handOver) {
      handOvers.add(handOver);
      return () => {
        handOvers.delete(handOver);
      };
    },
    markChanged() {
      for (const listener of listeners) listener();
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    handOverAll() {
      for (const handOver of handOvers) handOver();
    },
  };
}

export const PendingEditsContext = createContext<PendingEdits | null>(null);
