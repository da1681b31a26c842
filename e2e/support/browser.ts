/**
 * The dashboard in a real browser: Debian's chromium (`/usr/bin/chromium`, or CHROMIUM_PATH) driven headless by
 * playwright-core, which never downloads a browser. `startDashboard()` starts a reference server (seeded with the
 * demo, on a free loopback port, in this process) and a page that records what a test must check: console errors,
 * page errors, and every URL it asked for (one off loopback is aborted and kept, so a test can assert there were
 * none). It saves screenshots to `e2e/screenshots/` (CI output) and runs axe-core in the page.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '@reevo/reference-server';
import { E2E_ROOT } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS_DIR = join(E2E_ROOT, 'screenshots');

export type ColorScheme = 'light' | 'dark';

/** One axe-core violation, as much of it as a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface DashboardSession {
  server: ReferenceServer;
  baseUrl: string;
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** The requested URLs that were not on loopback (each was aborted). */
  foreignRequests(): string[];
  /** Opens `/__admin/<hash>` (e.g. `#/traffic`) in the given colour scheme, as a first visit (no stored theme). */
  open(hash?: string, colorScheme?: ColorScheme): Promise<void>;
  /** Saves `e2e/screenshots/<name>.png` and answers its path. */
  screenshot(name: string): Promise<string>;
  /** axe-core's serious and critical violations on the page as it is now. */
  seriousViolations(): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const AXE_SOURCE = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function isLoopbackUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function startDashboard(options: ReferenceServerOptions = {}): Promise<DashboardSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH.`);
  }
  const server = await createReferenceServer({ timeScale: 0.01, ...options });
  const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  let browser: Browser | null = null;
  try {
    const served = await fetch(`${baseUrl}/__admin/`);
    if (!served.ok) throw new Error(`The dashboard is not served (${served.status}): ${await served.text()}`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    // Nothing leaves the machine, even by mistake: such a request is recorded (above) and refused here.
    await context.route(
      (url) => !isLoopbackUrl(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    const launched = browser;
    return {
      server,
      baseUrl,
      page,
      errors,
      requests,
      foreignRequests: () => requests.filter((url) => !isLoopbackUrl(url)),
      async open(hash = '', colorScheme = 'light') {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${baseUrl}/__admin/${hash}`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.locator('main h1').waitFor();
      },
      async screenshot(name) {
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        const path = join(SCREENSHOTS_DIR, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async seriousViolations() {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an
        // added <script> would be refused by it, as it should be).
        await page.evaluate(`${AXE_SOURCE()}\n;0`);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
        });
        return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      },
      async close() {
        await launched.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
