/** The app's CSP, the same in web mode and in Electron: no inline or foreign scripts at all. */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // TipTap and React set inline style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
