// Where the Electron binary is, or null when `npm install` skipped its download
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or an offline machine).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function electronBinary() {
  const require = createRequire(import.meta.url);
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
