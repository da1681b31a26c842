/**
 * Docs: each API's OpenAPI document in Swagger UI, bundled into the package (`swagger-ui-dist`, copied by the
 * build) and loaded only when this view opens. "Try it out" is aimed at this server: its own address is put first
 * among the document's servers, and the validator badge (a call to swagger.io) is off, so nothing leaves the machine.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ADMIN_BASE } from '../api';
import { Field } from '../components/field';

const DOCUMENTS = [
  { id: 'reevo', label: 'Reevo public API', url: '/openapi.json' },
  { id: 'reeve', label: "Reeve's Connectors API", url: '/reeve/openapi.json' },
] as const;

const VIEWER = `${ADMIN_BASE}/assets/swagger-ui`;

interface OpenApiDocument {
  servers?: { url: string; description?: string }[];
}

interface SwaggerUiOptions {
  domNode: HTMLElement;
  spec: OpenApiDocument;
  validatorUrl: null;
  deepLinking: boolean;
  tryItOutEnabled: boolean;
}

declare global {
  interface Window {
    SwaggerUIBundle?: (options: SwaggerUiOptions) => unknown;
  }
}

export function DocsView() {
  const [chosen, setChosen] = useState<(typeof DOCUMENTS)[number]['id']>('reevo');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const panel = useRef<HTMLDivElement>(null);
  const document = DOCUMENTS.find((entry) => entry.id === chosen) ?? DOCUMENTS[0];

  useEffect(() => {
    let current = true;
    let observer: MutationObserver | null = null;
    setBusy(true);
    setFailure(null);
    Promise.all([loadViewer(), fetchDocument(document.url)])
      .then(([show, spec]) => {
        if (!current || !panel.current) return;
        panel.current.replaceChildren();
        show({ domNode: panel.current, spec: ownServerFirst(spec), validatorUrl: null, deepLinking: false, tryItOutEnabled: false });
        observer = nameServerChoice(panel.current);
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (current) setBusy(false);
      });
    return () => {
      current = false;
      observer?.disconnect();
    };
  }, [document.url]);

  return (
    <>
      <div class="filters">
        <Field label="API document" hint={`Served at ${document.url}`}>
          {(control) => (
            <select {...control} value={chosen} onChange={(event) => setChosen(event.currentTarget.value as typeof chosen)}>
              {DOCUMENTS.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <a href={document.url}>Open the raw JSON</a>
      </div>
      {busy ? <p aria-busy="true">Loading the document…</p> : null}
      {failure === null ? null : (
        <p class="failure" role="alert">
          {failure}
        </p>
      )}
      <div ref={panel} class="openapi" aria-label={`${document.label}: OpenAPI document`} role="region" />
    </>
  );
}

let viewer: Promise<NonNullable<Window['SwaggerUIBundle']>> | null = null;

/** Adds the viewer's stylesheet and script once, the first time a document is shown. */
function loadViewer(): Promise<NonNullable<Window['SwaggerUIBundle']>> {
  viewer ??= new Promise((resolve, reject) => {
    const style = Object.assign(window.document.createElement('link'), { rel: 'stylesheet', href: `${VIEWER}/swagger-ui.css` });
    const script = Object.assign(window.document.createElement('script'), { src: `${VIEWER}/swagger-ui-bundle.js` });
    script.onload = () => (window.SwaggerUIBundle ? resolve(window.SwaggerUIBundle) : reject(new Error('The OpenAPI viewer loaded but did not start.')));
    script.onerror = () => {
      viewer = null;
      reject(new Error(`The OpenAPI viewer could not be loaded from ${VIEWER}: rebuild the dashboard (npm run build -w @reevo/reference-server).`));
    };
    window.document.head.append(style, script);
  });
  return viewer;
}

/**
 * Swagger UI's server picker is a <select> without a name for screen readers; it is given one whenever the viewer
 * draws it (it redraws on its own, hence the observer, stopped when the document changes).
 */
function nameServerChoice(panel: HTMLElement): MutationObserver {
  const name = () => panel.querySelector('select#servers:not([aria-label])')?.setAttribute('aria-label', 'Server that "Try it out" sends requests to');
  name();
  const observer = new MutationObserver(name);
  observer.observe(panel, { childList: true, subtree: true });
  return observer;
}

async function fetchDocument(url: string): Promise<OpenApiDocument> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`);
  return (await response.json()) as OpenApiDocument;
}

/** The document with this server's own address (the page's origin) as its first server, the one "Try it out" uses. */
function ownServerFirst(document: OpenApiDocument): OpenApiDocument {
  const servers = document.servers ?? [];
  const own = servers.filter((server) => server.url === window.location.origin);
  return { ...document, servers: [...own, ...servers.filter((server) => server.url !== window.location.origin)] };
}
