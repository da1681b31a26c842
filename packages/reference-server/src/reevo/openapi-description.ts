/** How OpenAPI describes Reevo beyond its catalog: the `x-api-key` scheme and the words of each error status. */
import { API_BASE_URL, API_KEY_HEADER } from '@integration-pack/core/reevo/api';
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
  extensions: (operation) => ({ 'x-reevo-emits': [...operation.emits] }),
};

/** The document's title and servers while Reevo is the API the server serves. */
export const reevoDocumentInfo: OpenApiDocumentInfo = {
  title: 'Reevo Public API v1 (reference server)',
  description:
    'The Reevo public API as the reference server implements it, generated from the shared catalog. `x-reevo-source` marks where each operation comes from: R (Reevo\'s own page), T (third-party transcriptions) or C (our choice where the sources are silent).',
  servers: [
    { url: API_BASE_URL, description: 'Reevo' },
    { url: 'http://127.0.0.1:4010', description: 'The reference server (npm start)' },
  ],
};
