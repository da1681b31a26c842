/** How OpenAPI names and describes the admin API, and the answers its guard (`admin-guard.ts`) gives any route. */
import type { OpenAPIV3_1 } from 'openapi-types';

export const ADMIN_TAG = 'Reference Server Admin';

export const ADMIN_TAG_DESCRIPTION = 'Controls of the reference server (loopback only, no API key). Not part of the served APIs.';

const detail: OpenAPIV3_1.MediaTypeObject = { schema: { type: 'object', properties: { detail: { type: 'string' } }, required: ['detail'] } };

export const ADMIN_GUARD_ANSWERS: Readonly<Record<string, OpenAPIV3_1.ResponseObject>> = {
  '401': {
    description: 'The server listens beyond loopback and the request lacks the admin token printed at start (`Authorization: Bearer <admin token>`).',
    content: { 'application/json': detail },
  },
  '403': {
    description:
      'Refused by the admin guard: the client is not on this machine, the Host is not a loopback name, the Origin is another web page, or the request was sent by the reference server itself. `detail` says which.',
    content: { 'application/json': detail },
  },
};

/** The OpenAPI part of an admin route's schema: its tag, name and words, and no API key. */
export function adminRouteDocs(operationId: string, summary: string, description?: string) {
  return { tags: [ADMIN_TAG], operationId, summary, ...(description === undefined ? {} : { description }), security: [] };
}
