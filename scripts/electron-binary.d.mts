/** Types for electron-binary.mjs (plain JavaScript, so npm scripts run it without a loader). */
export function electronBinary(options?: { download?: boolean }): string | null;
