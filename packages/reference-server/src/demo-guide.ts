/**
 * What a person needs to start using this server: the demo credentials of both products, where the API documents
 * are, and how to point each tool here. One source for the banner `npm start` prints (`cli/banner.ts`) and the
 * dashboard's Start view (`GET /__admin/demo`), so the two never disagree.
 */
import { ALL_PERMISSIONS } from '@integration-pack/core/reevo/api';
import type { SeededKey, SeededWorkspace } from './demo-seed';
import { ADMIN_PREFIX, OPENAPI_PATH, REEVE_OPENAPI_PATH } from './http/surfaces';
import type { SeededReeve } from './reeve/demo-seed';

export interface DemoGuide {
  baseUrl: string;
  reevo: {
    workspace: { id: string; name: string; seed: 'demo' | 'empty' };
    /** The header each key is sent in. */
    header: string;
    keys: { name: string; key: string; access: string }[];
    openapiUrl: string;
  };
  /** Null when the server was built without the Reeve demo. */
  reeve: {
    brand: { id: string; name: string };
    users: { name: string; email: string; sessionToken: string }[];
    /** A request that works as it is, to try a token. */
    example: string;
    openapiUrl: string;
  } | null;
  /** One line per tool: what to set for it to talk to this server. */
  tools: { tool: string; how: string }[];
  adminUrl: string;
}

export function demoGuide(baseUrl: string, seeded: SeededWorkspace, reeve: SeededReeve | null): DemoGuide {
  const { workspace, keys } = seeded;
  const fullKey = keys.find((key) => !key.expired && key.permissions.length === ALL_PERMISSIONS.length)?.key ?? '<key>';
  const token = reeve?.users[0]?.sessionToken ?? '<token>';
  return {
    baseUrl,
    reevo: {
      workspace: { id: workspace.id, name: workspace.name, seed: workspace.seed },
      header: 'x-api-key',
      keys: keys.map((key) => ({ name: key.name, key: key.key, access: accessOf(key) })),
      openapiUrl: `${baseUrl}${OPENAPI_PATH}`,
    },
    reeve:
      reeve === null
        ? null
        : {
            brand: { id: reeve.brand.id, name: reeve.brand.name },
            users: reeve.users.map(({ user, sessionToken }) => ({ name: user.name ?? user.email, email: user.email, sessionToken })),
            example: `curl -H 'Authorization: Bearer ${token}' ${baseUrl}/api/connectors/list`,
            openapiUrl: `${baseUrl}${REEVE_OPENAPI_PATH}`,
          },
    tools: [
      { tool: 'Client', how: `createReevoClient({ apiKey: '${fullKey}', baseUrl: '${baseUrl}' })` },
      { tool: 'Zapier', how: `in the Reevo connection, set Base URL to ${baseUrl} and API Key to a demo key` },
      { tool: 'n8n', how: `in the "Reevo API" credential, set Base URL to ${baseUrl} and API Key to a demo key` },
      ...(reeve === null
        ? []
        : [
            { tool: 'Reeve client', how: `createReeveClient({ sessionToken: '${token}', brandId: '${reeve.brand.id}', baseUrl: '${baseUrl}' })` },
            { tool: 'Reeve Zapier, n8n', how: `in the Reeve Zapier connection and the "Reeve API" n8n credential, set Base URL to ${baseUrl}, a demo session token and the brand` },
          ]),
      {
        tool: 'MCP',
        how: `REEVO_API_KEY=${fullKey} REEVO_BASE_URL=${baseUrl}${reeve === null ? '' : ` REEVE_SESSION_TOKEN=${token} REEVE_BASE_URL=${baseUrl} REEVE_BRAND=${reeve.brand.id}`} (the MCP server's environment)`,
      },
    ],
    adminUrl: `${baseUrl}${ADMIN_PREFIX}/`,
  };
}

function accessOf(key: SeededKey): string {
  if (key.expired) return 'expired: every request answers 401';
  if (key.permissions.length === 0) return 'no permission: every request answers 403';
  if (key.permissions.length === ALL_PERMISSIONS.length) return 'every permission';
  return key.permissions.join(', ');
}
