/**
 * Runs a change a person asked for (a button, a form): busy while it runs, then says what happened in the live
 * region, or the server's own message when it was refused. Views call `run(what, change, then?)`.
 */
import { useCallback, useState } from 'preact/hooks';
import { useAnnounce } from './announcer';

export type Run = <T>(what: string, change: () => Promise<T>, then?: (result: T) => void) => Promise<void>;

export function useAction(): { run: Run; busy: boolean } {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const run = useCallback<Run>(
    async (what, change, then) => {
      setBusy(true);
      try {
        const result = await change();
        then?.(result);
        announce(`${what}: done.`);
      } catch (error) {
        announce(error instanceof Error ? error.message : String(error), 'error');
      } finally {
        setBusy(false);
      }
    },
    [announce],
  );
  return { run, busy };
}
