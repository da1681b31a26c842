/**
 * Tells the user what happened, on screen and to screen readers: a polite live region for news (a new request, a
 * saved change), an assertive one for errors. Views call `useAnnounce()`; the shell renders `<Announcer>` once.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';

/** How long news stays on screen (errors stay until dismissed). */
const NEWS_MS = 5000;

export type Tone = 'info' | 'error';
type Announce = (message: string, tone?: Tone) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function Announcer({ children }: { children: ComponentChildren }) {
  const [news, setNews] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (news === '') return undefined;
    const timer = setTimeout(() => setNews(''), NEWS_MS);
    return () => clearTimeout(timer);
  }, [news]);
  const announce = useCallback<Announce>((message, tone = 'info') => {
    if (tone === 'error') setError(message);
    else setNews(message);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div class="toasts">
        <p class="toast" role="status" aria-live="polite" hidden={news === ''}>
          {news}
        </p>
        <div class="toast toast-error" role="alert" aria-live="assertive" hidden={error === ''}>
          <span>{error}</span>
          <button type="button" class="link" onClick={() => setError('')}>
            Dismiss
          </button>
        </div>
      </div>
    </AnnounceContext.Provider>
  );
}
