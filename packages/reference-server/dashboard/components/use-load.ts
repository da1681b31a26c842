/** Loads what a view shows from the admin API: the data, or the server's message when the call failed; `reload` asks again. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'failed'; message: string };

export function useLoad<T>(load: () => Promise<T>, dependencies: readonly unknown[] = []): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setLoaded({ state: 'done', data });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
    // The caller lists what `load` depends on.
  }, [round, ...dependencies]);
  return [loaded, useCallback(() => setRound((value) => value + 1), [])];
}
