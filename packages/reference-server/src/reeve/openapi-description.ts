/** How OpenAPI describes Reeve beyond its catalog: the bearer session scheme, the error words, its own document. */
import { sampleSystemEvent, type ReeveEventType } from '@integration-pack/core/reeve/api';
import type { OpenApiDescription, OpenApiDocumentInfo } from '../http/served-api';
import { INBOUND_WEBHOOKS_TAG } from './inbound/inbound-routes';

export const reeveOpenApi: OpenApiDescription = {
  securityScheme: { name: 'reeveSession', scheme: { type: 'http', scheme: 'bearer', description: 'A Reeve session token (an opaque UUID), as `Authorization: Bearer <token>`.' } },
  errorDescriptions: {
    '400': 'The request cannot be done as asked (a used or expired state, a refused code or key, the wrong kind of provider); `detail` says how to fix it.',
    '401': 'The session token is missing, unknown, expired or revoked: `{"detail": "Not authenticated"}`.',
    '403': 'The X-Reeve-Brand header names a brand the user is not a member of.',
    '404': 'No such provider, or no connection to it.',
    '422': 'The request is invalid (FastAPI validation errors, one per field).',
    '502': 'The provider could not be reached; nothing was changed.',
  },
  tagDescriptions: {
    Connections: "A Reeve user's connections to providers (OAuth or API key): start, complete, list, read and remove them.",
    Events: "The brand's recent events (SystemEvents of the last 7 days), newest first.",
    Webhooks: 'Subscriptions that deliver connection and provider events (the `webhooks` section lists each event and its payload).',
    [INBOUND_WEBHOOKS_TAG]:
      "Where the providers (Shopify, Stripe, GitHub) deliver their own signed webhooks for a connection; each one received becomes a Reeve event. Called by the providers, not by Reeve's users.",
  },
  webhookPayload: { schemaId: 'SystemEvent', sample: (eventType) => sampleSystemEvent(eventType as ReeveEventType) },
  extensions: (operation) => ({ 'x-reeve-emits': [...operation.emits] }),
};

export const reeveDocumentInfo: OpenApiDocumentInfo = {
  title: 'Reeve Connectors API (reference server)',
  description:
    "Reeve's Connectors API as the reference server implements it (docs/reeve-api.md), generated from the shared catalog, with the reference server's admin routes for Reeve. Points the sources leave open are the project's choices, marked C.",
  servers: [
    { url: 'https://services.meetreeve.com', description: 'Reeve' },
  ],
};
