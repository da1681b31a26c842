/**
 * The admin API answers every error as `{"detail": ...}`. A body it cannot read (malformed JSON, nested past the
 * limit, a forbidden key) gets the one-sentence reason there, not the public API's 422 item; every other error goes
 * on to the server's one error handler.
 */
import type { FastifyInstance } from 'fastify';
import { UnreadableBodyError } from '../http/errors';

export function answerUnreadableBodies(app: FastifyInstance): void {
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof UnreadableBodyError) return reply.code(422).send({ detail: error.reason });
    throw error;
  });
}
