/**
 * Errors fastify raises in its router, before any hook or the error handler runs: a path with malformed
 * percent-encoding (400) or a path parameter longer than the router takes (414). Left alone, they answer in
 * fastify's own shape; they get FastAPI's plain `{"detail": "..."}` here, like every other framework error.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** Long enough that any over-long id reaches validation and gets the documented 422 (e.g. `uuid_parsing`). */
export const MAX_PATH_PARAMETER_LENGTH = 2048;

export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(error.statusCode ?? 400).send({ detail: error.message });
}
