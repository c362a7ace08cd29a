/**
 * How long typed text may wait before it is written. Body keystrokes pass two stages — the body
 * editor hands its document over (serializing a long body on every keystroke would cost typing
 * latency), then autosave writes — so the bounds add up:
 * - after a pause: 200 + 700 = 900 ms (< 1 s) plus the write itself;
 * - while typing without a pause: 500 + 2000 = 2.5 s (< 3 s) plus the write, so a crash loses
 *   at most the last 3 s of typing.
 */
export const autosaveTiming = { quietMs: 700, maxWaitMs: 2000 } as const;

export const bodyHandOverTiming = { quietMs: 200, maxWaitMs: 500 } as const;
