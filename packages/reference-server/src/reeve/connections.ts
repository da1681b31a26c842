/**
 * Connecting and disconnecting, whichever way the provider connects (docs/reeve-api.md §3, §4): one row per (user,
 * brand, provider), connected anew in place; the credentials sealed; an inbound webhook URL and secret for the
 * providers that send webhooks (§4 "Inbound webhooks", "Secrets"); a lifecycle event each time.
 */
import { randomBytes } from 'node:crypto';
import { hasInboundWebhooks, REEVE_PROVIDERS, type ProviderSlug } from '@reevo/client/reeve-catalog';
import { DetailError } from '../http/errors';
import { formatLimit, limitName } from '../runtime/limits';
import type { ReeveCaller } from './access';
import { ProviderUnreachableError } from './providers/provider-behaviour';
import type { ReeveRuntime } from './reeve-runtime';
import type { Credentials } from './sealed-credentials';
import type { ConnectionRow } from './state';

export interface NewConnection {
  provider: ProviderSlug;
  accountName: string;
  credentials: Credentials;
  expiresAt: string | null;
}

/** 400 naming `connections_per_user` when connecting the provider would add a row past the user's limit. */
export function assertRoomForConnection(reeve: ReeveRuntime, caller: Pick<ReeveCaller, 'user' | 'brandId'>, provider: ProviderSlug): void {
  if (reeve.state.connection(caller.user.id, caller.brandId, provider)) return;
  const held = reeve.state.connectionsOfUser(caller.user.id).length;
  const max = reeve.limits.connectionsPerUser;
  if (held < max) return;
  throw new DetailError(
    400,
    `You already have ${formatLimit(held)} connections over your brands, the reference server's limit (${limitName('connectionsPerUser')}: ${formatLimit(max)}). Connect the provider anew in a brand where it was connected before, or reset the server.`,
  );
}

export function saveConnected(reeve: ReeveRuntime, caller: Pick<ReeveCaller, 'user' | 'brandId'>, fields: NewConnection): ConnectionRow {
  const { provider } = fields;
  assertRoomForConnection(reeve, caller, provider);
  const webhook = webhookOf(reeve, provider);
  const row = reeve.state.saveConnection({
    provider,
    userId: caller.user.id,
    brandId: caller.brandId,
    type: REEVE_PROVIDERS[provider].kind,
    status: 'connected',
    accountName: fields.accountName,
    connectedAt: reeve.clock.now().toISOString(),
    expiresAt: fields.expiresAt,
    lastRefreshedAt: null,
    statusReason: null,
    credentials: reeve.sealer.seal(fields.credentials),
    refreshHistory: [],
    failedRefreshDays: [],
    lastUnreachableAtMs: null,
    hookToken: webhook?.hookToken ?? null,
    webhookSecret: webhook?.secret ?? null,
  });
  reeve.announce('connection.connected', row);
  return row;
}

/**
 * A connection's inbound webhook URL token and signing secret: Stripe's `whsec_…` endpoint secret, GitHub's hook
 * secret, both random; Shopify's is its app's client secret, one per provider (docs/reeve-api.md §4 "Secrets").
 */
function webhookOf(reeve: ReeveRuntime, provider: ProviderSlug): { hookToken: string; secret: string } | null {
  if (!hasInboundWebhooks(provider)) return null;
  const hookToken = randomBytes(24).toString('base64url');
  if (provider === 'shopify') return { hookToken, secret: reeve.providers.clientSecret('shopify') };
  if (provider === 'stripe') return { hookToken, secret: `whsec_${randomBytes(24).toString('base64')}` };
  return { hookToken, secret: randomBytes(20).toString('hex') };
}

/**
 * Deletes the stored tokens, revoking the grant first at providers that revoke (RFC 7009); answers whether it was
 * revoked. A provider that cannot be reached does not keep the connection: it is disconnected, `revoked: false`.
 */
export function disconnect(reeve: ReeveRuntime, row: ConnectionRow): boolean {
  let revoked = false;
  if (REEVE_PROVIDERS[row.provider].revokes && row.credentials !== null) {
    const credentials = reeve.sealer.open(row.credentials);
    const token = credentials.kind === 'oauth' ? (credentials.refresh_token ?? credentials.access_token) : credentials.api_key;
    try {
      reeve.providers.revoke(row.provider, token);
      revoked = true;
    } catch (error) {
      if (!(error instanceof ProviderUnreachableError)) throw error;
    }
  }
  row.status = 'disconnected';
  row.credentials = null;
  row.expiresAt = null;
  row.statusReason = null;
  reeve.state.forgetWebhook(row);
  reeve.announce('connection.disconnected', row);
  return revoked;
}
