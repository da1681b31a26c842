/**
 * Light or dark: the user's choice, remembered in localStorage, else the system's (`prefers-color-scheme`). The
 * stylesheet reads `data-theme` on <html>.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'reference-server-dashboard-theme';

export function initialTheme(): Theme {
  const stored = readStored();
  if (stored) return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme, remember: boolean): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage may be off (a private window): the choice then lasts until the page is closed.
  }
}

function readStored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}
