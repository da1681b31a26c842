/**
 * Endpoint 10, `POST /api/webhooks/{provider}/{hook_token}` (docs/reeve-api.md §3, §4 "Inbound webhooks", §5), as
 * one pipeline read top to bottom: find the connection by its hook token; verify the provider's signature on the
 * raw bytes with the connection's secret; drop a delivery id seen before; map the provider's topic to Reeve's event
 * type (an unknown topic, such as GitHub's `ping`, is received and emits nothing); emit the SystemEvent.
 * No bearer token: the unguessable URL and the signature authenticate the provider.
 */
import { isInboundScheme, verifyInbound, type InboundRequest } from '@reevo/client/providers';
import { hasInboundWebhooks, isProviderSlug, REEVE_PROVIDERS, type ProviderSlug, type ReeveEventType } from '@reevo/client/reeve-catalog';
import { DetailError, UnreadableBodyError } from '../../http/errors';
import { readJsonBody } from '../../http/json-body';
import type { ReeveEventSink } from '../event-sink';
import type { ConnectionRow } from '../state';
import type { SeenDeliveries } from './seen-deliveries';

export interface InboundContext {
  connectionByHook(provider: ProviderSlug, hookToken: string): ConnectionRow | undefined;
  sink: ReeveEventSink;
  seen: SeenDeliveries;
  /** Real time in ms, for the signatures that carry a time (Stripe's t=): the provider signs with its own clock. */
  realNow: () => number;
}

export interface InboundDelivery extends InboundRequest {
  provider: string;
  hookToken: string;
}

export type InboundAnswer = { received: true } | { received: true; duplicate: true };

export function receiveProviderWebhook(context: InboundContext, delivery: InboundDelivery): InboundAnswer {
  const connection = hookedConnection(context, delivery);
  const verification = verifyInbound(connection.scheme, delivery, connection.secret, Math.floor(context.realNow() / 1000));
  if (!verification.ok) throw new DetailError(401, verification.reason);
  if (!context.seen.firstTime(connection.row.id, verification.deliveryId)) return { received: true, duplicate: true };
  const payload = readPayload(delivery.rawBody);
  const type = eventTypeOf(connection.row.provider, verification.topic, payload);
  if (type) {
    context.sink.emit({
      type,
      provider: connection.row.provider,
      userId: connection.row.userId,
      brandId: connection.row.brandId,
      connectionAccount: connection.row.accountName,
      data: payload,
    });
  }
  return { received: true };
}

/**
 * The connection the URL names, with its scheme and secret. Every refusal is the same 404 whatever was wrong, so a
 * caller learns nothing about which hook tokens exist; a disconnected connection's URL ends with it ([C]: Reeve
 * removes the webhook at the provider on disconnect).
 */
function hookedConnection(context: InboundContext, delivery: InboundDelivery) {
  const { provider, hookToken } = delivery;
  if (!isProviderSlug(provider) || !hasInboundWebhooks(provider) || !isInboundScheme(provider)) {
    throw new DetailError(404, `Provider ${JSON.stringify(provider)} sends no webhooks to Reeve: only shopify, stripe and github do (docs/reeve-api.md §2).`);
  }
  const row = context.connectionByHook(provider, hookToken);
  if (!row || row.status === 'disconnected' || row.webhookSecret === null) {
    throw new DetailError(404, `No ${REEVE_PROVIDERS[provider].name} connection has this webhook URL: connect ${REEVE_PROVIDERS[provider].name} again and use the webhook URL it is given.`);
  }
  return { row, scheme: provider, secret: row.webhookSecret };
}

/** The verified body, as the provider sent it: providers send a JSON object, which the SystemEvent carries as data. */
function readPayload(rawBody: Buffer | string): Record<string, unknown> {
  let payload: unknown;
  try {
    payload = readJsonBody(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
  } catch (error) {
    const reason = error instanceof UnreadableBodyError ? error.reason : (error as Error).message;
    throw new DetailError(400, `The webhook body is not readable JSON (${reason}): configure the provider to send application/json.`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new DetailError(400, 'The webhook body must be a JSON object, as Shopify, Stripe and GitHub send: configure the provider to send application/json.');
  }
  return payload as Record<string, unknown>;
}

/**
 * Reeve's event for the provider's topic, or undefined when Reeve does not subscribe to it (GitHub's `ping`) or
 * the topic's action is not the one the event means (a `pull_request` that was closed, not opened).
 */
function eventTypeOf(provider: ProviderSlug, topic: string, payload: unknown): ReeveEventType | undefined {
  const { inbound, inboundActions } = REEVE_PROVIDERS[provider] as { inbound: Readonly<Record<string, ReeveEventType>>; inboundActions: Readonly<Record<string, readonly string[]>> };
  if (!Object.hasOwn(inbound, topic)) return undefined;
  const actions = Object.hasOwn(inboundActions, topic) ? inboundActions[topic] : undefined;
  if (actions) {
    const action = (payload as { action?: unknown } | null)?.action;
    if (typeof action !== 'string' || !actions.includes(action)) return undefined;
  }
  return inbound[topic];
}
