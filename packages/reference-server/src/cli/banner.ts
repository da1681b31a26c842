/** What `npm start` prints: where the server is, the keys that work, and how to point each tool at it. */
import { demoGuide, type DemoGuide } from '../demo-guide';
import type { SeededWorkspace } from '../demo-seed';
import type { SeededReeve } from '../reeve/demo-seed';
import { isLoopback } from '../net/loopback';

/**
 * The warning printed (to stderr) when the server listens beyond loopback, or null on loopback. It names the host, what
 * is exposed, and the fix; the admin token is in the banner itself.
 */
export function exposureWarning(host: string): string | null {
  if (isLoopback(host)) return null;
  return [
    `WARNING: listening on ${host}, an address other machines can reach. Anyone who can reach this port can use the public`,
    'API with the demo keys printed below (they are published in this package, so treat them as public) and read or change',
    'every record of the demo workspace. The admin API still answers only this machine, and now also needs the admin',
    'token printed below. To keep the server to this machine, start it with --host 127.0.0.1 (the default).',
  ].join('\n');
}

/** Where the tools' instructions start, as the lines above them; a longer name pushes its line out. */
const TOOL_COLUMN = 12;

/**
 * `adminToken`: the token the admin API requires, printed once here (null when it requires none). `reeve`: the Reeve
 * demo, whose session tokens are printed beside the Reevo keys. The facts are the dashboard's Start view's (`demo-guide.ts`).
 */
export function banner(baseUrl: string, version: string, seeded: SeededWorkspace, adminToken: string | null = null, reeve: SeededReeve | null = null): string {
  const guide = demoGuide(baseUrl, seeded, reeve);
  const { workspace, keys } = guide.reevo;
  const nameWidth = Math.max(...keys.map((key) => key.name.length));
  const keyWidth = Math.max(...keys.map((key) => key.key.length));
  return [
    `${guide.reeve === null ? 'Reevo' : 'Reevo & Reeve'} reference server ${version} listening on ${baseUrl}`,
    `Workspace "${workspace.name}" (${workspace.id}), ${workspace.seed === 'demo' ? 'with the demo records' : 'with no records yet'}.`,
    '',
    `Demo API keys (send one in the ${guide.reevo.header} header):`,
    ...keys.map((key) => `  ${key.name.padEnd(nameWidth)}  ${key.key.padEnd(keyWidth)}  ${key.access}`),
    '',
    ...(guide.reeve === null ? [] : reeveLines(guide.reeve)),
    // A browser cannot send the admin token, so the dashboard is offered only where none is needed (docs/decisions.md).
    ...(adminToken === null ? [`Dashboard:  ${guide.adminUrl}  (open it in a browser on this machine)`] : []),
    adminToken === null
      ? `Admin API:  ${baseUrl}/__admin/health  (loopback only, no key; see the package README)`
      : `Admin API:  ${baseUrl}/__admin/health  (this machine only, with Authorization: Bearer ${adminToken})`,
    `OpenAPI:    ${guide.reevo.openapiUrl}${guide.reeve === null ? '' : `  (Reeve: ${guide.reeve.openapiUrl})`}`,
    '',
    ...guide.tools.map(({ tool, how }) => `${`${tool}:`.padEnd(TOOL_COLUMN - 1)} ${how}`),
    '',
    'Press Ctrl-C to stop. State lives in memory: stopping loses it.',
  ].join('\n');
}

/** The Reeve demo: each user's session token, and the brand their connections are in. */
function reeveLines(reeve: NonNullable<DemoGuide['reeve']>): string[] {
  const width = Math.max(...reeve.users.map((user) => user.name.length));
  return [
    `Reeve demo session tokens (send one as Authorization: Bearer <token>; the "${reeve.brand.name}" brand is their default, X-Reeve-Brand: ${reeve.brand.id}):`,
    ...reeve.users.map((user) => `  ${user.name.padEnd(width)}  ${user.sessionToken}  ${user.email}`),
    `  e.g. ${reeve.example}`,
    '',
  ];
}
