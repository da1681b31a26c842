/**
 * Endpoint 3 (docs/reeve-api.md §3, §4 "API keys"): the key is checked with the provider before it is stored, and
 * stored sealed; a message that mentions it shows it masked.
 */
import { maskKey, REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { DetailError, RequestValidationError } from '../../http/errors';
import type { ReeveCaller } from '../access';
import { assertRoomForConnection, saveConnected } from '../connections';
import { ProviderUnreachableError } from '../providers/provider-behaviour';
import type { ReeveRuntime } from '../reeve-runtime';
import { unreachable } from './oauth';

export function connectWithApiKey(reeve: ReeveRuntime, caller: ReeveCaller, body: { provider: ProviderSlug; api_key: string; config?: Record<string, string> | undefined }) {
  const { provider, api_key: key } = body;
  const { name, kind, configFields } = REEVE_PROVIDERS[provider];
  if (kind === 'oauth') throw new DetailError(400, `${name} connects through OAuth, not with an API key: start with GET /api/oauth/${provider}/authorize.`);
  assertRoomForConnection(reeve, caller, provider);
  const config = body.config ?? {};
  const missing = configFields.filter((field) => !config[field]);
  if (missing.length > 0) {
    throw new RequestValidationError(
      missing.map((field) => ({ type: 'missing', loc: ['body', 'config', field], msg: `Field required: ${name} needs config.${field} beside the key (config needs ${configFields.join(', ')})`, input: null })),
    );
  }
  let check;
  try {
    check = reeve.providers.checkKey(provider, key, config);
  } catch (error) {
    throw error instanceof ProviderUnreachableError ? unreachable(name) : error;
  }
  if (!check.accepted) throw new DetailError(400, `${name} refused the API key ${maskKey(provider, key)}: ${check.reason}. Check the key in your ${name} account and connect again.`);
  const row = saveConnected(reeve, caller, { provider, accountName: check.accountName, credentials: { kind: 'api_key', api_key: key, config: { ...config } }, expiresAt: null });
  return { connected: true as const, provider, account_name: row.accountName };
}
