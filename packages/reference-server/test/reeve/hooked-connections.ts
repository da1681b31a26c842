/**
 * Connections with inbound webhooks for the tests of endpoints 6–10, made straight in the Reeve state (the way a
 * completed connect leaves them): a user, the connection's hook token and its secret (Stripe's `whsec_…`, GitHub's
 * random one, Shopify's app client secret, docs/reeve-api.md §4 "Secrets").
 */
import { randomBytes } from 'node:crypto';
import { REEVE_PROVIDERS } from '@reevo/client/reeve-catalog';
import type { ReferenceRuntime } from '../../src/runtime/reference-runtime';
import type { ConnectionRow } from '../../src/reeve/state';

export type HookProvider = 'shopify' | 'stripe' | 'github';

const ACCOUNTS: Record<HookProvider, string> = { shopify: 'acme.myshopify.com', stripe: 'Acme Inc.', github: 'acme-inc' };

export function newUser(runtime: ReferenceRuntime, email = `user-${randomBytes(4).toString('hex')}@example.com`) {
  return runtime.reeve.state.createUser({ email, name: null });
}

export function hookedConnection(runtime: ReferenceRuntime, provider: HookProvider, owner: { userId: string; brandId: string }): ConnectionRow {
  const secret = provider === 'stripe' ? `whsec_${randomBytes(24).toString('base64')}` : randomBytes(20).toString('hex');
  return runtime.reeve.state.saveConnection({
    provider,
    userId: owner.userId,
    brandId: owner.brandId,
    type: REEVE_PROVIDERS[provider].kind,
    status: 'connected',
    accountName: ACCOUNTS[provider],
    connectedAt: runtime.clock.now().toISOString(),
    expiresAt: null,
    lastRefreshedAt: null,
    statusReason: null,
    credentials: null,
    refreshHistory: [],
    failedRefreshDays: [],
    lastUnreachableAtMs: null,
    hookToken: randomBytes(16).toString('hex'),
    webhookSecret: secret,
  });
}
