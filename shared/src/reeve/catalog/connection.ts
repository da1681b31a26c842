/**
 * The Connection (docs/reeve-api.md §3): one provider account linked by one user within one brand. Reeve's own
 * sample shows `provider`, `type` and `status` [R]; the other fields are ours [C]. It never holds a token, key or
 * secret. A loose object, so fields Reeve adds later reach the caller.
 */
import * as z from 'zod';
import type { KnownOutput } from '../../machine/operation';
import { REEVE_PROVIDERS } from '../providers';
import { EXAMPLE, field, providerField, timestamp } from './common';

export const CONNECTION_STATUSES = ['connected', 'disconnected', 'expired', 'error'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const Connection = z
  .looseObject({
    provider: providerField('The provider this connection links.'),
    type: field(z.enum(['oauth', 'api_key', 'service_account']), {
      title: 'Type',
      description: 'How the provider is authorised: oauth (Authorize and Callback), api_key or service_account (Connect).',
      source: 'R',
    }),
    status: field(z.enum(CONNECTION_STATUSES), {
      title: 'Status',
      description: 'connected; disconnected (by the user); expired (the provider refused a refresh: reconnect); error (the provider failed on 4 different days).',
      source: 'R',
    }),
    account_name: field(z.string(), { title: 'Account Name', description: "The account's name at the provider.", example: EXAMPLE.shopifyAccount }),
    brand_id: field(z.string(), { title: 'Brand ID', description: 'The brand the connection belongs to.', example: EXAMPLE.brandId }),
    tools: field(z.array(z.string()), {
      title: 'Agent Tools',
      description: 'The reeve_* agent tools the connection enables; empty for providers that enable none by name.',
      example: ['reeve_shopify'],
    }),
    connected_at: field(timestamp(), { title: 'Connected At', description: 'When the provider was connected.' }),
    expires_at: field(timestamp().nullable(), { title: 'Expires At', description: 'When its token ends; null for tokens that do not expire.' }),
    last_refreshed_at: field(timestamp().nullable(), { title: 'Last Refreshed At', description: 'When its token was last refreshed; null before any refresh.' }),
    status_reason: field(z.string().nullable(), {
      title: 'Status Reason',
      description: 'For expired and error: the cause and the fix, e.g. "Reconnect Shopify: its refresh token was revoked". Null otherwise.',
    }),
  })
  .meta({ id: 'Connection', title: 'Connection', description: 'A provider account linked by the calling user within a brand. Never holds a token, key or secret.' });
// @generated:start Connection: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A provider account linked by the calling user within a brand. Never holds a token, key or secret. */
export type Connection = {
  /** The provider this connection links. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: KnownOutput<typeof Connection>['provider'];
  /** How the provider is authorised: oauth (Authorize and Callback), api_key or service_account (Connect). */
  type: KnownOutput<typeof Connection>['type'];
  /** connected; disconnected (by the user); expired (the provider refused a refresh: reconnect); error (the provider failed on 4 different days). */
  status: KnownOutput<typeof Connection>['status'];
  /** The account's name at the provider. */
  account_name: KnownOutput<typeof Connection>['account_name'];
  /** The brand the connection belongs to. */
  brand_id: KnownOutput<typeof Connection>['brand_id'];
  /** The reeve_* agent tools the connection enables; empty for providers that enable none by name. */
  tools: KnownOutput<typeof Connection>['tools'];
  /** When the provider was connected. */
  connected_at: KnownOutput<typeof Connection>['connected_at'];
  /** When its token ends; null for tokens that do not expire. */
  expires_at: KnownOutput<typeof Connection>['expires_at'];
  /** When its token was last refreshed; null before any refresh. */
  last_refreshed_at: KnownOutput<typeof Connection>['last_refreshed_at'];
  /** For expired and error: the cause and the fix, e.g. "Reconnect Shopify: its refresh token was revoked". Null otherwise. */
  status_reason: KnownOutput<typeof Connection>['status_reason'];
};
// @generated:end Connection

export const EXAMPLE_SHOPIFY_CONNECTION: Connection = {
  provider: 'shopify',
  type: 'oauth',
  status: 'connected',
  account_name: EXAMPLE.shopifyAccount,
  brand_id: EXAMPLE.brandId,
  tools: [...REEVE_PROVIDERS.shopify.tools],
  connected_at: EXAMPLE.connectedAt,
  expires_at: '2026-11-23T11:00:00Z',
  last_refreshed_at: null,
  status_reason: null,
};

export const EXAMPLE_STRIPE_CONNECTION: Connection = {
  provider: 'stripe',
  type: 'api_key',
  status: 'connected',
  account_name: EXAMPLE.stripeAccount,
  brand_id: EXAMPLE.brandId,
  tools: [...REEVE_PROVIDERS.stripe.tools],
  connected_at: '2026-11-20T09:30:00Z',
  expires_at: null,
  last_refreshed_at: null,
  status_reason: null,
};

export const EXAMPLE_EXPIRED_META_CONNECTION: Connection = {
  provider: 'meta',
  type: 'oauth',
  status: 'expired',
  account_name: EXAMPLE.metaAccount,
  brand_id: EXAMPLE.brandId,
  tools: [...REEVE_PROVIDERS.meta.tools],
  connected_at: '2026-09-01T08:00:00Z',
  expires_at: '2026-10-31T08:00:00Z',
  last_refreshed_at: null,
  status_reason: 'Reconnect Meta Ads: its token expired before it could be exchanged for a new one.',
};
