/** What the server learns about a request as it goes, for the journal. */
import type { Caller } from './access';

export interface RequestContext {
  /** Server-clock time the request arrived. */
  receivedAt: string;
  caller: Caller | null;
  operationId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    reevo: RequestContext;
  }
}
