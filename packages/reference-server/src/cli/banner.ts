/** What `npm start` prints: where the server is, the keys that work, and how to point each tool at it. */
import { ALL_PERMISSIONS } from '@integration-pack/core/reevo/api';
import type { SeededWorkspace, SeededKey } from '../demo-seed';
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

/**
 * `adminToken`: the token the admin API requires, printed once here (null when it requires none). `reeve`: the Reeve
 * demo, whose session tokens are printed beside the Reevo keys.
 */
export function banner(baseUrl: string, version: string, seeded: SeededWorkspace, adminToken: string | null = null, reeve: SeededReeve | null = null): string {
  const { workspace, keys } = seeded;
  const nameWidth = Math.max(...keys.map((key) => key.name.length));
  const keyWidth = Math.max(...keys.map((key) => key.key.length));
  const fullKey = keys.find((key) => !key.expired && key.permissions.length === ALL_PERMISSIONS.length)?.key ?? '<key>';
  return [
    `${reeve === null ? 'Reevo' : 'Reevo & Reeve'} reference server ${version} listening on ${baseUrl}`,
    `Workspace "${workspace.name}" (${workspace.id}), ${workspace.seed === 'demo' ? 'with the demo records' : 'with no records yet'}.`,
    '',
    'Demo API keys (send one in the x-api-key header):',
    ...keys.map((key) => `  ${key.name.padEnd(nameWidth)}  ${key.key.padEnd(keyWidth)}  ${permissionsText(key)}`),
    '',
    ...(reeve === null ? [] : reeveLines(baseUrl, reeve)),
    adminToken === null
      ? `Admin API:  ${baseUrl}/__admin/health  (loopback only, no key; see the package README)`
      : `Admin API:  ${baseUrl}/__admin/health  (this machine only, with Authorization: Bearer ${adminToken})`,
    `OpenAPI:    ${baseUrl}/openapi.json${reeve === null ? '' : `  (Reeve: ${baseUrl}/reeve/openapi.json)`}`,
    '',
    `Client:     createReevoClient({ apiKey: '${fullKey}', baseUrl: '${baseUrl}' })`,
    `Zapier:     in the Reevo connection, set Base URL to ${baseUrl} and API Key to a demo key`,
    `n8n:        in the "Reevo API" credential, set Base URL to ${baseUrl} and API Key to a demo key`,
    ...(reeve === null ? [] : reeveToolLines(baseUrl, reeve)),
    `MCP:        REEVO_API_KEY=${fullKey} REEVO_BASE_URL=${baseUrl}${reeve === null ? '' : ` REEVE_SESSION_TOKEN=${reeve.users[0]?.sessionToken ?? '<token>'} REEVE_BASE_URL=${baseUrl} REEVE_BRAND=${reeve.brand.id}`} (the MCP server's environment)`,
    '',
    'Press Ctrl-C to stop. State lives in memory: stopping loses it.',
  ].join('\n');
}

/** The Reeve demo: each user's session token, and the brand their connections are in. */
function reeveLines(baseUrl: string, reeve: SeededReeve): string[] {
  const width = Math.max(...reeve.users.map(({ user }) => (user.name ?? user.email).length));
  return [
    `Reeve demo session tokens (send one as Authorization: Bearer <token>; the "${reeve.brand.name}" brand is their default, X-Reeve-Brand: ${reeve.brand.id}):`,
    ...reeve.users.map(({ user, sessionToken }) => `  ${(user.name ?? user.email).padEnd(width)}  ${sessionToken}  ${user.email}`),
    `  e.g. curl -H 'Authorization: Bearer ${reeve.users[0]?.sessionToken ?? '<token>'}' ${baseUrl}/api/connectors/list`,
    '',
  ];
}

/** How to point the Reeve client, Zapier app and n8n package at this server. */
function reeveToolLines(baseUrl: string, reeve: SeededReeve): string[] {
  const token = reeve.users[0]?.sessionToken ?? '<token>';
  return [
    `Reeve:      createReeveClient({ sessionToken: '${token}', brandId: '${reeve.brand.id}', baseUrl: '${baseUrl}' })`,
    `            in the Reeve Zapier connection and the "Reeve API" n8n credential, set Base URL to ${baseUrl}, a demo session token and the brand`,
  ];
}

function permissionsText(key: SeededKey): string {
  if (key.expired) return 'expired: every request answers 401';
  if (key.permissions.length === 0) return 'no permission: every request answers 403';
  if (key.permissions.length === ALL_PERMISSIONS.length) return 'every permission';
  return key.permissions.join(', ');
}
