/**
 * The fake providers' sending side (docs/reeve-api.md §6 `POST /__admin/reeve/providers/{provider}/events`): one
 * event of the provider's own type, signed by its scheme with the connection's secret, sent over real loopback HTTP
 * to the connection's webhook URL on this very server, so that the whole of endpoint 10 runs as it does for a real
 * provider. Answers how the API responded.
 */
import { randomUUID } from 'node:crypto';
import { isInboundScheme, signInbound, type InboundScheme } from '@integration-pack/core/providers';
import { hasInboundWebhooks, isProviderSlug, REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { DetailError, RequestValidationError } from '../../http/errors';
import { OUTBOUND_MARKER_HEADER } from '../../net/outbound-marker';
import type { ListeningAddress } from '../../net/own-address';
import { canonicalHost, isUnspecified } from '../../net/loopback';
import type { ReeveState } from '../state';
import { inboundWebhookPath } from './inbound-routes';
import { samplePayload, sampleTopics, type SampleContext } from './sample-payloads';

export interface ProviderEventRequest {
  provider: string;
  user_id: string;
  brand_id?: string | undefined;
  /** The provider's own event name: `orders/create`, `payment_intent.succeeded`, `push`, … */
  type: string;
  /** The body to send; a realistic one for `type` when omitted. */
  payload?: unknown;
}

export interface ProviderEventAnswer {
  /** The status endpoint 10 answered. */
  status: number;
  delivery_id: string;
}

export interface ProviderDeliveryContext {
  state: ReeveState;
  /** Where this server listens; null when it does not (an in-process test without a socket). */
  listeningAddress: ListeningAddress | null;
  /** Real time: the schemes that sign a time are checked against the receiver's own clock. */
  realNow: () => number;
  /** The server clock, for the times inside sample payloads. */
  now: () => Date;
}

const MARKER_VALUE = 'fake-provider-webhook';

export async function sendProviderEvent(context: ProviderDeliveryContext, request: ProviderEventRequest): Promise<ProviderEventAnswer> {
  const provider = inboundProvider(request.provider);
  const { state } = context;
  const user = state.user(request.user_id);
  if (!user) throw new DetailError(404, `No Reeve user has the id ${request.user_id}: create one with POST /__admin/reeve/users.`);
  const brandId = request.brand_id ?? user.defaultBrandId;
  const row = state.connection(user.id, brandId, provider);
  const name = REEVE_PROVIDERS[provider].name;
  if (!row) throw new DetailError(404, `User ${user.id} has no ${name} connection in brand ${brandId}: connect ${name} first (the OAuth flow or POST /api/connectors/connect).`);
  if (row.hookToken === null || row.webhookSecret === null || row.status === 'disconnected') {
    throw new DetailError(409, `User ${user.id}'s ${name} connection in brand ${brandId} is ${row.status} and has no webhook URL: connect ${name} again.`);
  }
  const nowSeconds = Math.floor(context.realNow() / 1000);
  const payload = request.payload ?? defaultPayload(provider, request.type, { now: context.now(), eventId: `evt_${randomUUID().replaceAll('-', '').slice(0, 24)}`, account: row.accountName });
  const deliveryId = provider === 'stripe' ? stripeEventId(payload) : randomUUID();
  const rawBody = JSON.stringify(payload);
  const headers = signInbound(provider, { secret: row.webhookSecret, rawBody, topic: request.type, deliveryId, nowSeconds, account: accountOf(provider, row.accountName, row.id) });
  const url = new URL(inboundWebhookPath(provider, row.hookToken), baseUrlOf(context.listeningAddress));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', [OUTBOUND_MARKER_HEADER]: MARKER_VALUE },
      body: rawBody,
    });
    await response.arrayBuffer();
    return { status: response.status, delivery_id: deliveryId };
  } catch (error) {
    // The fake provider calls this very server: failing to reach it is the server's state (closing, or listening
    // elsewhere), not an upstream's fault, so it is a 409 like the other "cannot send now" refusals, never a 5xx.
    throw new DetailError(
      409,
      `The fake ${name} could not reach the server's webhook URL on ${url.host} (${(error as Error).message}): the server is not accepting connections there, as when it is shutting down. Send the event again once the server listens (npm start, or startReferenceServer in a test).`,
    );
  }
}

function inboundProvider(provider: string): ProviderSlug & InboundScheme {
  if (isProviderSlug(provider) && hasInboundWebhooks(provider) && isInboundScheme(provider)) return provider;
  throw new DetailError(404, `Provider ${JSON.stringify(provider)} sends no webhooks: only shopify, stripe and github do (docs/reeve-api.md §2).`);
}

function defaultPayload(provider: InboundScheme, type: string, context: SampleContext): unknown {
  const sample = samplePayload(provider, type, context);
  if (sample !== undefined) return sample;
  throw new RequestValidationError([
    {
      type: 'value_error',
      loc: ['body', 'payload'],
      msg: `The fake ${provider} has no sample for ${JSON.stringify(type)}: send a payload, or use one of ${sampleTopics(provider).join(', ')}.`,
      input: type,
    },
  ]);
}

/** Stripe's delivery id is the event's own id, inside the body it signs. */
function stripeEventId(payload: unknown): string {
  const id = (payload as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id !== '') return id;
  throw new RequestValidationError([{ type: 'value_error', loc: ['body', 'payload', 'id'], msg: 'A Stripe payload is the whole event: give it its id (evt_…) and type.', input: payload }]);
}

/** The account a delivery comes from: Shopify's shop domain, GitHub's hook id (one per connection). */
function accountOf(provider: InboundScheme, accountName: string, connectionId: string): string {
  if (provider === 'shopify') return accountName;
  return connectionId;
}

function baseUrlOf(address: ListeningAddress | null): string {
  if (!address) throw new DetailError(409, 'The reference server is not listening on a socket, so its fake provider cannot call it: start it with listen() (startReferenceServer does).');
  // A server bound to every interface is reached on loopback; IPv6 addresses are bracketed in URLs.
  const host = isUnspecified(address.address) ? (address.address.includes(':') ? '::1' : '127.0.0.1') : (canonicalHost(address.address) ?? address.address);
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
