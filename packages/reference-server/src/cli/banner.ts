/** What `npm start` prints: where the server is, the keys that work, and how to point each tool at it. */
import { ALL_PERMISSIONS } from '@reevo/client/catalog';
import type { SeededWorkspace, SeededKey } from '../demo-seed';

export function banner(baseUrl: string, version: string, seeded: SeededWorkspace): string {
  const { workspace, keys } = seeded;
  const nameWidth = Math.max(...keys.map((key) => key.name.length));
  const keyWidth = Math.max(...keys.map((key) => key.key.length));
  const fullKey = keys.find((key) => !key.expired && key.permissions.length === ALL_PERMISSIONS.length)?.key ?? '<key>';
  return [
    `Reevo reference server ${version} listening on ${baseUrl}`,
    `Workspace "${workspace.name}" (${workspace.id}), ${workspace.seed === 'demo' ? 'with the demo records' : 'with no records yet'}.`,
    '',
    'Demo API keys (send one in the x-api-key header):',
    ...keys.map((key) => `  ${key.name.padEnd(nameWidth)}  ${key.key.padEnd(keyWidth)}  ${permissionsText(key)}`),
    '',
    `Admin API:  ${baseUrl}/__admin/health  (loopback only, no key; see the package README)`,
    `OpenAPI:    ${baseUrl}/openapi.json`,
    '',
    `Client:     createReevoClient({ apiKey: '${fullKey}', baseUrl: '${baseUrl}' })`,
    `Zapier:     in the Reevo connection, set Base URL to ${baseUrl} and API Key to a demo key`,
    `n8n:        in the "Reevo API" credential, set Base URL to ${baseUrl} and API Key to a demo key`,
    '',
    'Press Ctrl-C to stop. State lives in memory: stopping loses it.',
  ].join('\n');
}

function permissionsText(key: SeededKey): string {
  if (key.expired) return 'expired: every request answers 401';
  if (key.permissions.length === 0) return 'no permission: every request answers 403';
  if (key.permissions.length === ALL_PERMISSIONS.length) return 'every permission';
  return key.permissions.join(', ');
}
