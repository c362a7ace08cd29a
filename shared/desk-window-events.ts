import { z } from 'zod';

/**
 * Main → renderer events and their replies (the DeskApi proper is renderer → main calls).
 * Closing the window or quitting: main sends `window:closing`; the renderer writes whatever is
 * pending and answers `window:readyToClose` with the same request id; then the window closes.
 */
export const windowEvents = {
  closing: {
    channel: 'window:closing',
    payload: z.object({ requestId: z.string().min(1).max(100) }).strict(),
  },
  readyToClose: {
    channel: 'window:readyToClose',
    // `saved`: false when a write failed (full disk…); the window closes anyway, never hangs.
    payload: z.object({ requestId: z.string().min(1).max(100), saved: z.boolean() }).strict(),
  },
} as const;

export type WindowClosing = z.infer<typeof windowEvents.closing.payload>;
export type WindowReadyToClose = z.infer<typeof windowEvents.readyToClose.payload>;
