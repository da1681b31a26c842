/** What the server learns about a request as it goes, for the guards, the API pipelines and the journal. */
import type { Surface } from './surfaces';

/**
 * Who called, as the journal records it: whom the request acts for (a Reevo workspace, a Reeve user) and the
 * credential it used, named or masked, never whole. `workspaceId` is set only by an API whose callers are workspaces.
 */
export interface CallerIdentity {
  workspaceId: string | null;
  owner: string;
  credential: string;
}

/** The permission check of a request: what its operation needed for this input, and what the caller lacked. */
export interface PermissionCheck {
  required: string[];
  missing: string[];
}

export interface RequestContext {
  /** Which side of the server the request is for, decided once (`surfaces.ts`). */
  surface: Surface;
  /** Server-clock time the request arrived. */
  receivedAt: string;
  /** The served API that answers the request, by the journal's name (`src/api-names.ts`), set by its plugin; null where no API owns the path. */
  api: string | null;
  /** The status of the injected fault that answers this request, once its delay has passed; null for none. */
  faultStatus: number | null;
  /** The authenticated caller, in its API's own type (`ServedApi`): only that API's pipeline reads it. */
  caller: unknown;
  identity: CallerIdentity | null;
  operationId: string | null;
  /** Null when no check ran: the API has no permission model, or the request was refused before it. */
  permissionCheck: PermissionCheck | null;
  /** The answer's body as sent (public traffic only), for the journal. */
  responseBody: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    traffic: RequestContext;
  }
}
