'use client';

import { usePathname } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** How long a confirmation stays up; long enough to read, short enough not to describe an older state. */
export const CONFIRMATION_MS = 8000;

type Announce = (message: string) => void;

const NoticeContext = createContext<Announce | null>(null);

/**
 * One confirmation line for the whole page, for actions whose own controls go away when they
 * succeed (a workflow move, a closed panel). It clears itself, on the next one, and on navigation.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [notice, setNotice] = useState<{ message: string; pathname: string; at: number } | null>(
    null,
  );
  const announce = useCallback(
    (message: string) => setNotice({ message, pathname, at: Date.now() }),
    [pathname],
  );
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const shown = notice && notice.pathname === pathname ? notice : null;

  return (
    <NoticeContext.Provider value={announce}>
      {children}
      {shown ? (
        <div className="fixed inset-x-2 bottom-4 z-20 mx-auto flex max-w-md items-start gap-3 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900 shadow-lg">
          <p role="status" className="flex-1">
            {shown.message}
          </p>
          <button
            type="button"
            aria-label="Dismiss message"
            className="px-1 leading-none text-green-900 hover:text-black"
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </div>
      ) : null}
    </NoticeContext.Provider>
  );
}

/** The page's confirmation line, or null outside a NoticeProvider. */
export const useNotice = () => useContext(NoticeContext);
