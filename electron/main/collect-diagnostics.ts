import type { DeskHandlers, UpdateStatus } from '../../shared/desk-api';
import type { DiagnosticsFacts } from './diagnostics-report';

export interface RuntimeFacts {
  versions: Record<string, string | undefined>;
  arch: string;
  osRelease: string;
  locale: string;
}

/** Counts from the desk (never the drafts themselves) and the runtime's versions, for the report. */
export async function collectDiagnostics(handlers: DeskHandlers, pendingWrites: number, runtime: RuntimeFacts, updates: UpdateStatus): Promise<DiagnosticsFacts> {
  const [app, active, trashed, quarantined] = await Promise.all([
    handlers['app:info']({}),
    handlers['drafts:list']({}),
    handlers['drafts:listTrash']({}),
    handlers['drafts:quarantined']({}),
  ]);
  return { app, ...runtime, drafts: { active: active.length, trashed: trashed.length, quarantined: quarantined.length }, pendingWrites, updates };
}
