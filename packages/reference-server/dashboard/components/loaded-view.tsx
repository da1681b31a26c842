/** What a view shows while its data loads, or when loading failed (with the server's message and a retry). */
import type { ComponentChildren } from 'preact';
import type { Loaded } from './use-load';

export function LoadedView<T>({ loaded, retry, children }: { loaded: Loaded<T>; retry: () => void; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (loaded.state === 'failed') {
    return (
      <div class="failure" role="alert">
        <p>{loaded.message}</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return <>{children(loaded.data)}</>;
}
