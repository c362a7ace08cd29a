import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { DeskClient } from './desk-client';
import { createDeskQueryClient } from './use-desk-query';

const DeskContext = createContext<DeskClient | null>(null);

/** The desk client and the query cache of `useDeskQuery` (one per provider, so each test gets its own). */
export function DeskProvider({ client, queryClient, children }: { client: DeskClient; queryClient?: QueryClient; children: ReactNode }) {
  const [queries] = useState(() => queryClient ?? createDeskQueryClient());
  return (
    <DeskContext.Provider value={client}>
      <QueryClientProvider client={queries}>{children}</QueryClientProvider>
    </DeskContext.Provider>
  );
}

export function useDesk(): DeskClient {
  const client = useContext(DeskContext);
  if (!client) throw new Error('useDesk must be used inside <DeskProvider>');
  return client;
}
