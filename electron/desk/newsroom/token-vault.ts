import { readFile, rm } from 'node:fs/promises';
import { DurableJsonFile } from '../storage/durable-json-file';

/** Where the session token is kept between runs (see `tokenStorageSchema`). */
export interface TokenVault {
  storage: 'encrypted' | 'memory';
  /** Why it is only in memory: web mode, Linux with no keyring (`basic_text`), or no encryption at all. */
  reason: 'web_mode' | 'basic_text' | 'unavailable' | null;
  save(token: string): Promise<void>;
  load(): Promise<string | null>;
  clear(): Promise<void>;
}

/** The token lives in this process only: a restart asks for the password again. */
export function memoryVault(reason: NonNullable<TokenVault['reason']>): TokenVault {
  return { storage: 'memory', reason, save: async () => {}, load: async () => null, clear: async () => {} };
}

/** The operating system's encryption (Electron safeStorage's asynchronous API), as the vault needs it. */
export interface TokenCipher {
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<string>;
}

/** The token encrypted by the OS and written durably to `file`; a file that will not decrypt counts as none. */
export function encryptedFileVault(file: string, cipher: TokenCipher): TokenVault {
  const store = new DurableJsonFile<{ token: string }>(file);
  return {
    storage: 'encrypted',
    reason: null,
    async save(token) {
      await store.write({ token: (await cipher.encrypt(token)).toString('base64') });
    },
    async load() {
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || !('token' in parsed) || typeof parsed.token !== 'string') return null;
        return await cipher.decrypt(Buffer.from(parsed.token, 'base64'));
      } catch {
        return null;
      }
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}

/** What the vault needs of Electron's safeStorage (a fake one in tests, for each backend). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend?(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/**
 * Electron: the token encrypted by the OS keychain/keyring. On Linux with no keyring safeStorage
 * falls back to `basic_text`, a fixed key anyone can read — then the token is not written to
 * disk at all, and the sign-in screen says why.
 */
export async function chooseTokenVault(safeStorage: SafeStorageLike, platform: NodeJS.Platform, file: string): Promise<TokenVault> {
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return memoryVault('basic_text');
  if (!(await safeStorage.isAsyncEncryptionAvailable().catch(() => false))) return memoryVault('unavailable');
  return encryptedFileVault(file, {
    encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(encrypted)).result,
  });
}
