import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../../shared/desk-api';
import { DurableJsonFile } from '../storage/durable-json-file';
import { settingsWriteError } from './settings-write-error';

/** What the main process remembers about its window; not part of the DeskApi. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const settingsFileSchema = z.object({
  settings: settingsSchema.catch({}),
  window: windowStateSchema.optional().catch(undefined),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

/** The person's preferences in `<data>/settings.json`. A damaged file falls back to defaults. */
export class SettingsStore {
  private readonly db: Low<SettingsFile>;

  constructor(dataDir: string) {
    this.db = new Low<SettingsFile>(new DurableJsonFile<SettingsFile>(join(dataDir, 'settings.json')), { settings: {} });
  }

  async load(): Promise<void> {
    try {
      await this.db.read();
      this.db.data = settingsFileSchema.parse(this.db.data ?? {});
    } catch {
      this.db.data = { settings: {} };
    }
  }

  get(): Settings {
    return { ...this.db.data.settings };
  }

  /**
   * Saves the changes, or keeps the previous settings (in memory and on disk: the durable write
   * replaces the file only when complete) and says why, e.g. `disk_full`.
   */
  async set(changes: Settings): Promise<Settings> {
    const previous = this.db.data.settings;
    this.db.data.settings = { ...previous, ...changes };
    try {
      await this.db.write();
    } catch (error) {
      this.db.data.settings = previous;
      throw settingsWriteError(error);
    }
    return this.get();
  }

  windowState(): WindowState | undefined {
    return this.db.data.window;
  }

  async setWindowState(state: WindowState): Promise<void> {
    this.db.data.window = state;
    await this.db.write();
  }
}
