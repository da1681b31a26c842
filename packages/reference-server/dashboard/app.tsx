/**
 * The dashboard's shell: a header (name, theme switch), the nav of every view (`views/index.ts`), and the current
 * view under a hash route. On a route change the view's heading takes the focus, so a screen reader announces it.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Announcer } from './components/announcer';
import { useHashRoute } from './router';
import { applyTheme, initialTheme, type Theme } from './theme';
import { VIEWS } from './views';

function App() {
  const view = useHashRoute();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => applyTheme(theme, false), []);
  useEffect(() => {
    document.title = `${view.title} · Reference server`;
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [view]);

  const switchTheme = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    applyTheme(next, true);
  };
  const View = view.component;
  return (
    <Announcer>
      {/* Not a plain #main link: the hash is the route. */}
      <a class="skip" href="#main" onClick={(event) => (event.preventDefault(), heading.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <p class="brand">Reevo &amp; Reeve reference server</p>
        <button type="button" class="theme" aria-pressed={theme === 'dark'} onClick={switchTheme}>
          Dark theme
        </button>
      </header>
      <nav class="views" aria-label="Views">
        <ul>
          {VIEWS.map((entry) => (
            <li key={entry.path}>
              <a href={entry.path} aria-current={entry === view ? 'page' : undefined}>
                {entry.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>
          {view.title}
        </h1>
        <View />
      </main>
    </Announcer>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
