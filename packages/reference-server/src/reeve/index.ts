/**
 * Reeve as this server serves it: its served API (`reeve-served-api.ts`) and its own OpenAPI document, with the
 * admin routes under `/__admin/reeve`, for `buildApp`.
 */
import type { ServedApis } from '../http/served-api';
import { ADMIN_PREFIX, REEVE_OPENAPI_PATH } from '../http/surfaces';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { REEVE_ADMIN_PREFIX } from './admin/reeve-admin-api';
import { reeveDocumentInfo } from './openapi-description';
import { reeveServedApi } from './reeve-served-api';

export function reeveApis(runtime: ReferenceRuntime): ServedApis {
  return { served: [reeveServedApi(runtime)], document: reeveDocumentInfo, documentPath: REEVE_OPENAPI_PATH, adminPrefix: `${ADMIN_PREFIX}${REEVE_ADMIN_PREFIX}` };
}
