import { createContext, useContext, type ReactNode } from 'react';
import type { DeskClient } from './desk-client';

const DeskContext = createContext<DeskClient | null>(null);

export function DeskProvider({ client, children }: { client: DeskClient; children: ReactNode }) {
  return <DeskContext.Provider value={client}>{children}</DeskContext.Provider>;
}

export function useDesk(): DeskClient {
  const client = useContext(DeskContext);
  if (!client) throw new Error('useDesk must be used inside <DeskProvider>');
  return client;
}
