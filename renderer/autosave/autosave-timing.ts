/**
 * How long typed text may wait before it is written.
 * - After a pause: the body editor hands its document over 200 ms after the last keystroke (so
 *   counts and checklist follow the text), autosave writes 700 ms after that: 900 ms (< 1 s) plus
 *   the write itself.
 * - While typing goes on without a pause: editors only mark the change (see pending-edits.ts);
 *   autosave asks for the text and writes 2 s after the first unsaved change at the latest, so a
 *   crash loses at most the last 2 s of typing plus one write (the goal is 3 s).
 */
export const autosaveTiming = { quietMs: 700, maxWaitMs: 2000 } as const;

/** The body editor used alone (no autosave around it) still reports within half a second. */
export const bodyHandOverTiming = { quietMs: 200, maxWaitMs: 500 } as const;
