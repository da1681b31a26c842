/**
 * Endpoints 1–5 of docs/reeve-api.md §3: connecting a provider by OAuth (Authorize, then the provider's redirect to
 * Callback) or by API key (Connect), listing the user's connections in the brand, and disconnecting one.
 */
import * as z from 'zod';
import type { KnownOutput } from '../../machine/operation';
import { EXAMPLE, callbackUrl, field, providerField, providerParams } from './common';
import { Connection, EXAMPLE_EXPIRED_META_CONNECTION, EXAMPLE_SHOPIFY_CONNECTION, EXAMPLE_STRIPE_CONNECTION } from './connection';
import { defineReeveOperation } from './operation';

const tag = 'Connections';

/** Shopify's shop domain, anchored at both ends so `evil.myshopify.com.attacker.example` fails ([P], §3 endpoint 1). */
export const SHOP_DOMAIN_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9-]*\.myshopify\.com$/;

export const AuthorizationUrl = z
  .looseObject({
    auth_url: field(z.string(), {
      title: 'Authorization URL',
      description: "The provider's consent page: open it in the user's browser. It carries client_id, redirect_uri, scope, state and a PKCE S256 challenge.",
    }),
  })
  .meta({ id: 'AuthorizationUrl', title: 'Authorization URL', description: "Where to send the user to grant Reeve access at the provider." });
// @generated:start AuthorizationUrl: the type of the schema above, written by `npm run generate -w @reevo/client`
/** Where to send the user to grant Reeve access at the provider. */
export type AuthorizationUrl = {
  /** The provider's consent page: open it in the user's browser. It carries client_id, redirect_uri, scope, state and a PKCE S256 challenge. */
  auth_url: KnownOutput<typeof AuthorizationUrl>['auth_url'];
};
// @generated:end AuthorizationUrl

const accountName = () => field(z.string(), { title: 'Account Name', description: "The connected account's name at the provider.", example: EXAMPLE.shopifyAccount });

export const Connected = z
  .looseObject({
    connected: field(z.literal(true), { title: 'Connected', description: 'True: the provider is connected.' }),
    provider: providerField('The provider now connected.'),
    account_name: accountName(),
  })
  .meta({ id: 'Connected', title: 'Connected', description: 'The provider is connected; it now appears in List Connections.' });
// @generated:start Connected: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The provider is connected; it now appears in List Connections. */
export type Connected = {
  /** True: the provider is connected. */
  connected: KnownOutput<typeof Connected>['connected'];
  /** The provider now connected. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: KnownOutput<typeof Connected>['provider'];
  /** The connected account's name at the provider. */
  account_name: KnownOutput<typeof Connected>['account_name'];
};
// @generated:end Connected

export const AuthorizationRefused = z
  .looseObject({
    connected: field(z.literal(false), { title: 'Connected', description: 'False: the user refused at the provider.' }),
    provider: providerField('The provider the user refused.'),
    error: field(z.string(), { title: 'Error', description: "The provider's OAuth error code, e.g. access_denied.", example: 'access_denied' }),
    error_description: field(z.string(), { title: 'Error Description', description: "The provider's own words on the refusal, when it gives any." }).optional(),
  })
  .meta({ id: 'AuthorizationRefused', title: 'Authorization Refused', description: 'The user refused the grant at the provider: nothing was connected.' });
// @generated:start AuthorizationRefused: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The user refused the grant at the provider: nothing was connected. */
export type AuthorizationRefused = {
  /** False: the user refused at the provider. */
  connected: KnownOutput<typeof AuthorizationRefused>['connected'];
  /** The provider the user refused. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: KnownOutput<typeof AuthorizationRefused>['provider'];
  /** The provider's OAuth error code, e.g. access_denied. */
  error: KnownOutput<typeof AuthorizationRefused>['error'];
  /** The provider's own words on the refusal, when it gives any. */
  error_description?: KnownOutput<typeof AuthorizationRefused>['error_description'];
};
// @generated:end AuthorizationRefused

export const AuthorizationResult = z
  .discriminatedUnion('connected', [Connected, AuthorizationRefused])
  .meta({ id: 'AuthorizationResult', title: 'Authorization Result', description: 'Whether the OAuth flow connected the provider, or why not.' });
export type AuthorizationResult = Connected | AuthorizationRefused;

export const Disconnected = z
  .looseObject({
    provider: providerField('The provider disconnected.'),
    status: field(z.literal('disconnected'), { title: 'Status', description: 'Always disconnected.' }),
    revoked: field(z.boolean(), {
      title: 'Revoked',
      description: 'Whether the grant was also revoked at the provider (Meta, Google Ads, GitHub and Slack support it; elsewhere false).',
    }),
  })
  .meta({ id: 'Disconnected', title: 'Disconnected', description: 'The stored tokens are deleted; the connection stays listed as disconnected.' });
// @generated:start Disconnected: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The stored tokens are deleted; the connection stays listed as disconnected. */
export type Disconnected = {
  /** The provider disconnected. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: KnownOutput<typeof Disconnected>['provider'];
  /** Always disconnected. */
  status: KnownOutput<typeof Disconnected>['status'];
  /** Whether the grant was also revoked at the provider (Meta, Google Ads, GitHub and Slack support it; elsewhere false). */
  revoked: KnownOutput<typeof Disconnected>['revoked'];
};
// @generated:end Disconnected

export const ConnectionList = z
  .looseObject({ connections: field(z.array(Connection), { title: 'Connections', description: 'Connected ones first, then by provider.' }) })
  .meta({ id: 'ConnectionList', title: 'Connections', description: "The calling user's connections in the current brand." });
// @generated:start ConnectionList: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The calling user's connections in the current brand. */
export type ConnectionList = {
  /** Connected ones first, then by provider. */
  connections: Connection[];
};
// @generated:end ConnectionList

const SHOPIFY_AUTH_URL =
  'https://acme-store.myshopify.com/admin/oauth/authorize?client_id=reeve-shopify-app&redirect_uri=https%3A%2F%2Fapp.meetreeve.com%2Fcockpit%2Fconnectors&scope=read_orders%2Cread_products%2Cread_inventory%2Cread_customers&state=st_4q9XbE1vKz7pLm2Rt6Yw&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256';

export const getAuthorizationUrl = defineReeveOperation({
  operationId: 'getAuthorizationUrl',
  tag,
  method: 'GET',
  path: '/api/oauth/{provider}/authorize',
  permissions: [],
  summary: 'Get Authorization URL',
  description:
    "Starts connecting an OAuth provider (Meta, Google Ads, TikTok Ads, Shopify, GitHub, Slack): answers the provider's consent URL for the user to open. The provider then redirects to redirect_uri with a code and a state, valid for 10 minutes, for Complete Authorization.",
  source: 'R',
  params: providerParams('The OAuth provider to connect.'),
  query: z.strictObject({
    redirect_uri: field(callbackUrl().default(EXAMPLE.defaultRedirectUri), {
      title: 'Redirect URI',
      description: 'Where the provider sends the user back: https, or http to a loopback address. Defaults to the Reeve cockpit.',
      example: EXAMPLE.defaultRedirectUri,
      source: 'R',
    }),
    shop: field(z.string().regex(SHOP_DOMAIN_PATTERN, { message: 'must be a shop domain like acme-store.myshopify.com' }), {
      title: 'Shop',
      description: 'Shopify only, and required there: the shop domain, <name>.myshopify.com.',
      example: EXAMPLE.shop,
      source: 'P',
    }).optional(),
  }),
  response: AuthorizationUrl,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'shopify',
      summary: 'Start connecting a Shopify shop',
      request: { params: { provider: 'shopify' }, query: { shop: EXAMPLE.shop, redirect_uri: EXAMPLE.defaultRedirectUri } },
      response: { status: 200, body: { auth_url: SHOPIFY_AUTH_URL } },
    },
  ],
});

export const completeAuthorization = defineReeveOperation({
  operationId: 'completeAuthorization',
  tag,
  method: 'GET',
  path: '/api/oauth/{provider}/callback',
  permissions: [],
  summary: 'Complete Authorization',
  description:
    "Finishes an OAuth connection with the code and state the provider redirected back with (Shopify adds shop, hmac, timestamp and host). A state works once, for 10 minutes, for the user, brand and provider it was issued to. When the user refused, pass the provider's error and state: the answer says connected false.",
  source: 'R',
  params: providerParams('The OAuth provider that redirected back.'),
  // Loose: the provider's redirect may carry parameters of its own, and Shopify's hmac covers all of them.
  query: z.looseObject({
    code: field(z.string().min(1), { title: 'Code', description: "The provider's authorization code, from the redirect.", example: EXAMPLE.code }).optional(),
    state: field(z.string().min(1), { title: 'State', description: 'The state from the redirect, exactly as received.', example: EXAMPLE.state }).optional(),
    shop: field(z.string(), { title: 'Shop', description: 'Shopify: the shop domain from the redirect.', example: EXAMPLE.shop, source: 'P' }).optional(),
    hmac: field(z.string(), { title: 'HMAC', description: 'Shopify: the signature of the redirect, from the redirect.', source: 'P' }).optional(),
    timestamp: field(z.string(), { title: 'Timestamp', description: 'Shopify: unix seconds, from the redirect.', source: 'P' }).optional(),
    host: field(z.string(), { title: 'Host', description: 'Shopify: the base64 admin host, from the redirect.', source: 'P' }).optional(),
    error: field(z.string(), { title: 'Error', description: 'When the user refused: the OAuth error from the redirect, e.g. access_denied.', source: 'P' }).optional(),
    error_description: field(z.string(), { title: 'Error Description', description: "When the user refused: the provider's words, from the redirect.", source: 'P' }).optional(),
  }),
  response: AuthorizationResult,
  successStatus: 200,
  emits: ['connection.connected'],
  safeToRetry: false,
  examples: [
    {
      name: 'meta',
      summary: 'Finish connecting Meta Ads',
      request: { params: { provider: 'meta' }, query: { code: EXAMPLE.code, state: EXAMPLE.state } },
      response: { status: 200, body: { connected: true, provider: 'meta', account_name: EXAMPLE.metaAccount } },
    },
    {
      name: 'denied',
      summary: 'The user clicked Deny',
      request: { params: { provider: 'github' }, query: { error: 'access_denied', error_description: 'The user has denied your application access.', state: EXAMPLE.state } },
      response: { status: 200, body: { connected: false, provider: 'github', error: 'access_denied', error_description: 'The user has denied your application access.' } },
    },
  ],
});

export const connectWithApiKey = defineReeveOperation({
  operationId: 'connectWithApiKey',
  tag,
  method: 'POST',
  path: '/api/connectors/connect',
  permissions: [],
  summary: 'Connect With API Key',
  description:
    'Connects an API-key provider (Stripe, PostHog, Klaviyo, Gorgias, Zendesk, Vercel, Railway, Figma) or Google Analytics (its service account JSON as the key). The key is checked with the provider at once and stored encrypted; a refused key fails naming the provider.',
  source: 'R',
  body: z.strictObject({
    provider: providerField('The API-key provider to connect.'),
    api_key: field(z.string().min(1), {
      title: 'API Key',
      description: "The provider's key (for Google Analytics, the service account's JSON). Never shown again.",
      example: 'sk_live_51HxAcmeExampleKey0000abcd',
    }),
    config: field(z.record(z.string(), z.string()), {
      title: 'Settings',
      description: 'Settings the key alone cannot reach: gorgias {domain, email}, zendesk {subdomain, email}, posthog {project_id}, google_analytics {property_id}.',
      example: { subdomain: 'acme', email: 'ops@acme.com' },
      source: 'C',
    }).optional(),
  }),
  response: Connected,
  successStatus: 200,
  emits: ['connection.connected'],
  safeToRetry: false,
  examples: [
    {
      name: 'stripe',
      summary: 'Connect Stripe with a secret key',
      request: { body: { provider: 'stripe', api_key: 'sk_live_51HxAcmeExampleKey0000abcd' } },
      response: { status: 200, body: { connected: true, provider: 'stripe', account_name: EXAMPLE.stripeAccount } },
    },
    {
      name: 'zendesk',
      summary: 'Connect Zendesk with its subdomain and agent email',
      request: { body: { provider: 'zendesk', api_key: 'zd_token_example_8f1c2b', config: { subdomain: 'acme', email: 'ops@acme.com' } } },
      response: { status: 200, body: { connected: true, provider: 'zendesk', account_name: 'acme.zendesk.com' } },
    },
  ],
});

export const listConnections = defineReeveOperation({
  operationId: 'listConnections',
  tag,
  method: 'GET',
  path: '/api/connectors/list',
  permissions: [],
  summary: 'List Connections',
  description:
    "Lists every provider the calling user has connected in the current brand, with its status and when its token ends: the connected ones first, then by provider. Disconnected ones stay listed until connected anew.",
  source: 'R',
  response: ConnectionList,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'all',
      summary: 'List connections',
      request: {},
      response: { status: 200, body: { connections: [EXAMPLE_SHOPIFY_CONNECTION, EXAMPLE_STRIPE_CONNECTION, EXAMPLE_EXPIRED_META_CONNECTION] } },
    },
  ],
});

export const disconnectProvider = defineReeveOperation({
  operationId: 'disconnectProvider',
  tag,
  method: 'DELETE',
  path: '/api/connectors/{provider}',
  permissions: [],
  summary: 'Disconnect Provider',
  description:
    "Disconnects a provider: its stored tokens are deleted and, at Meta, Google Ads, GitHub and Slack, the grant is revoked. Agents lose the provider's tools at once.",
  source: 'R',
  params: providerParams('The connected provider to disconnect.'),
  response: Disconnected,
  successStatus: 200,
  emits: ['connection.disconnected'],
  safeToRetry: true,
  examples: [
    { name: 'meta', summary: 'Disconnect Meta', request: { params: { provider: 'meta' } }, response: { status: 200, body: { provider: 'meta', status: 'disconnected', revoked: true } } },
  ],
});

export const connectionOperations = {
  getAuthorizationUrl,
  completeAuthorization,
  connectWithApiKey,
  list: listConnections,
  disconnect: disconnectProvider,
};
