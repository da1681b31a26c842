/** What the server learns about a request as it goes, for the guards and the journal. */
import type { Caller } from './access';
import type { Surface } from './surfaces';

export interface RequestContext {
  /** Which side of the server the request is for, decided once (`surfaces.ts`). */
  surface: Surface;
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
