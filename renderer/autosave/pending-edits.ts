import { createContext } from 'react';

/**
 * Editors that hold typed text back for a moment (the body editor) register how to hand it over,
 * so every flush — pause, blur, leaving, window close — takes their latest text first, in a
 * fixed order rather than in whatever order window listeners happen to run.
 */
export interface PendingEdits {
  /** Returns the unregister function. `handOver` must pass its text on synchronously. */
  register(handOver: () => void): () => void;
  handOverAll(): void;
}

export function createPendingEdits(): PendingEdits {
  const handOvers = new Set<() => void>();
  return {
    register(handOver) {
      handOvers.add(handOver);
      return () => handOvers.delete(handOver);
    },
    handOverAll() {
      for (const handOver of handOvers) handOver();
    },
  };
}

export const PendingEditsContext = createContext<PendingEdits | null>(null);
