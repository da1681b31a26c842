/**
 * Endpoint 10's route (docs/reeve-api.md §3): `POST /webhooks/{provider}/{hook_token}` under Reeve's `/api`, in a
 * scope of its own whose only body parser keeps the bytes as they arrived, whatever their content type, because the
 * signature is over those bytes (§5: verifying a body parsed and serialised again is a bug). No bearer token.
 */
import type { FastifyInstance } from 'fastify';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { receiveProviderWebhook, type InboundContext } from './receive';

/** Where the route sits below Reeve's prefix. */
export const INBOUND_WEBHOOK_PATH = '/webhooks/:provider/:hook_token';

/** Endpoint 10's view of the server: its connections, its one event sink, the ids seen, real time. */
export function inboundContext(runtime: ReferenceRuntime): InboundContext {
  return {
    connectionByHook: (provider, hookToken) => runtime.reeve.state.connectionByHook(provider, hookToken),
    sink: runtime.reeve,
    seen: runtime.reeveEvents.seenDeliveries,
    realNow: Date.now,
  };
}

export async function registerInboundWebhooks(scope: FastifyInstance, runtime: ReferenceRuntime): Promise<void> {
  const context = inboundContext(runtime);
  await scope.register(async (inbound) => {
    inbound.removeAllContentTypeParsers();
    inbound.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    inbound.post<{ Params: { provider: string; hook_token: string } }>(INBOUND_WEBHOOK_PATH, async (request) => {
      request.traffic.operationId = 'webhooks.receive';
      return receiveProviderWebhook(context, {
        provider: request.params.provider,
        hookToken: request.params.hook_token,
        headers: request.headers,
        rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      });
    });
  });
}

/** A connection's webhook path (its `webhook.url` is the server's base URL and this). */
export function inboundWebhookPath(provider: string, hookToken: string): string {
  return `/api/webhooks/${encodeURIComponent(provider)}/${encodeURIComponent(hookToken)}`;
}
