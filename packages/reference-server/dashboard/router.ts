/** The hash router: the view whose path is the location's hash, the first view when none is. */
import { useEffect, useState } from 'preact/hooks';
import { VIEWS, type ViewEntry } from './views';

export function viewFor(hash: string): ViewEntry {
  const path = hash.split('?')[0];
  return VIEWS.find((view) => view.path === path) ?? (VIEWS[0] as ViewEntry);
}

export function useHashRoute(): ViewEntry {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return viewFor(hash);
}
