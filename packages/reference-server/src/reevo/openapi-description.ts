/** How OpenAPI describes Reevo beyond its catalog: the `x-api-key` scheme and the words of each error status. */
import { API_BASE_URL, API_KEY_HEADER, sampleEvent, type EventType } from '@integration-pack/core/reevo/api';
import type { OpenApiDescription, OpenApiDocumentInfo } from '../http/served-api';

export const reevoOpenApi: OpenApiDescription = {
  securityScheme: { name: 'apiKey', scheme: { type: 'apiKey', in: 'header', name: API_KEY_HEADER } },
  errorDescriptions: {
    '400': 'A business rule was broken (BadRequestError); the message says how to fix it.',
    '401': 'The API key is unknown or expired (UnauthorizedError).',
    '403': 'The API key lacks permissions (ForbiddenError); details.missing_permissions lists each one.',
    '404': 'A record was not found (NotFoundError).',
    '422': 'The request is invalid (FastAPI validation errors, one per field).',
    '429': 'The workspace used up its request quota (QuotaExceededError); see Retry-After.',
  },
  tagDescriptions: {
    'Account & Contact': 'An account and its contacts in one call: upsert both by domain and email, or find an account with its contacts.',
    Accounts: 'Companies: create, update, read, and find them by domain.',
    Contacts: 'People at accounts: read one, or search by email, name or account.',
    Opportunities: 'Deals on accounts: create, update, read, search, and move them through pipeline stages.',
    Tasks: 'To-dos for users, optionally linked to an account, contact or opportunity.',
    Activities: 'Manual activities (calls, meetings, notes) logged against records.',
    Users: 'The workspace\'s users, found by email or name (to assign owners).',
    Mailboxes: 'The mailboxes sequences send from.',
    'Sequence Enrollments': 'Enrolling contacts in outreach sequences.',
    Webhooks: 'Subscriptions that deliver record events (the `webhooks` section lists each event and its payload).',
  },
  webhookPayload: { schemaId: 'WebhookEvent', sample: (eventType) => sampleEvent(eventType as EventType) },
  extensions: (operation) => ({ 'x-reevo-emits': [...operation.emits] }),
};

/** The document's title and Reevo's own server (the reference server adds itself, as each request addressed it). */
export const reevoDocumentInfo: OpenApiDocumentInfo = {
  title: 'Reevo Public API v1 (reference server)',
  description:
    'The Reevo public API as the reference server implements it, generated from the shared catalog. `x-reevo-source` marks where each operation comes from: R (Reevo\'s own page), T (third-party transcriptions) or C (our choice where the sources are silent).',
  servers: [
    { url: API_BASE_URL, description: 'Reevo' },
  ],
};
