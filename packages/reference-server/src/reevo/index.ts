/**
 * Reevo as this server serves it: its served API (`reevo-served-api.ts`) and the title and servers of the OpenAPI
 * document, for `buildApp`.
 */
import type { ServedApis } from '../http/served-api';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { reevoDocumentInfo } from './openapi-description';
import { reevoServedApi } from './reevo-served-api';

export function reevoApis(runtime: ReferenceRuntime): ServedApis {
  return { served: [reevoServedApi(runtime)], document: reevoDocumentInfo };
}
