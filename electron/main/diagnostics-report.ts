import type { AppInfo, UpdateStatus } from '../../shared/desk-api';

export interface DiagnosticsFacts {
  app: AppInfo;
  /** process.versions of the running app: electron, chrome, node, v8. */
  versions: Record<string, string | undefined>;
  arch: string;
  osRelease: string;
  locale: string;
  drafts: { active: number; trashed: number; quarantined: number };
  pendingWrites: number;
  updates: UpdateStatus;
}

/**
 * "Report a problem": what a help desk needs to reproduce it — versions, platform and counts —
 * and nothing a reporter wrote. Only numbers and version strings are taken; no draft's headline,
 * text, file name or the data folder's path (it contains the person's user name).
 */
export function diagnosticsReport(facts: DiagnosticsFacts): string {
  const version = (name: string) => facts.versions[name] ?? 'unknown';
  return [
    `${facts.app.name} ${facts.app.version} (${facts.app.mode})`,
    `Electron ${version('electron')}, Chromium ${version('chrome')}, Node.js ${version('node')}, V8 ${version('v8')}`,
    `Platform ${facts.app.platform} ${facts.arch}, OS ${facts.osRelease}, locale ${facts.locale}`,
    `Drafts ${facts.drafts.active}, in trash ${facts.drafts.trashed}, quarantined ${facts.drafts.quarantined}, writes in progress ${facts.pendingWrites}`,
    `Updates ${facts.updates.state}${facts.updates.version ? ` (${facts.updates.version} ready)` : ''}`,
    'No article text is included.',
  ].join('\n');
}
