'use client';

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type VersionContext = { version: number; saw: (version: number) => void };

const ClaimVersion = createContext<VersionContext | null>(null);

/**
 * The claim version this page last saw: every form on the page sends it (added at submit time, not
 * kept in form state), and each successful save moves it on at once, so a quick second click does
 * not conflict with the user's own first one.
 */
export function ClaimVersionProvider({
  version,
  children,
}: {
  version: number;
  children: ReactNode;
}) {
  const [local, setLocal] = useState(version);
  const saw = useCallback((next: number) => setLocal((current) => Math.max(current, next)), []);
  return (
    <ClaimVersion.Provider value={{ version: Math.max(local, version), saw }}>
      {children}
    </ClaimVersion.Provider>
  );
}

export function useClaimVersion(): VersionContext {
  const context = useContext(ClaimVersion);
  if (!context) throw new Error('useClaimVersion must be used inside ClaimVersionProvider');
  return context;
}
