/** What the server learns about a request as it goes, for the guards, the API pipelines and the journal. */
import type { Surface } from './surfaces';

/** Who called, as the journal records it: the caller's workspace and credential name, where the API has them. */
export interface CallerIdentity {
  workspaceId: string | null;
  keyName: string | null;
}

export interface RequestContext {
  /** Which side of the server the request is for, decided once (`surfaces.ts`). */
  surface: Surface;
  /** Server-clock time the request arrived. */
  receivedAt: string;
  /** The status of the injected fault that answers this request, once its delay has passed; null for none. */
  faultStatus: number | null;
  /** The authenticated caller, in its API's own type (`ServedApi`): only that API's pipeline reads it. */
  caller: unknown;
  identity: CallerIdentity | null;
  operationId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    traffic: RequestContext;
  }
}
