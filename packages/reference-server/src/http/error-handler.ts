/**
 * Shapes the errors every part of the server raises into FastAPI's bodies (`errors.ts`): the root's handler (the
 * admin API, `/openapi.json`, paths no API owns), and what an API's own handler falls back to for everything but its
 * own application errors. Anything unexpected is a bug in the reference server: it answers 500 and says so, naming
 * the field when a response broke its schema.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import { DetailError, RequestValidationError } from './errors';
import { BODY_TOO_LARGE, bodyTooLargeMessage } from './request-limits';

interface SerializationFailure {
  code: 'FST_ERR_RESPONSE_SERIALIZATION';
  method: string;
  url: string;
  cause: z.ZodError;
}

function isSerializationFailure(error: unknown): error is SerializationFailure {
  return (error as { code?: unknown }).code === 'FST_ERR_RESPONSE_SERIALIZATION';
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleServerError);
}

export function handleServerError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RequestValidationError) return reply.code(422).send({ detail: error.detail });
  if (error instanceof DetailError) return reply.code(error.statusCode).headers(error.headers).send({ detail: error.message });
  if (isSerializationFailure(error)) {
    request.log.error({ issues: error.cause.issues }, 'response does not match its schema');
    return reply.code(500).send({ detail: responseSchemaMessage(error) });
  }
  if ((error as FastifyError).code === BODY_TOO_LARGE) return reply.code(413).send({ detail: bodyTooLargeMessage(request.routeOptions.bodyLimit) });
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) return reply.code(status).send({ detail: error.message });
  request.log.error(error, 'unexpected error');
  return reply.code(500).send({ detail: `Internal Server Error in the reference server: ${error.message}` });
}

/** Names each field the response got wrong: a server bug, reported so the fix is obvious. */
function responseSchemaMessage(error: SerializationFailure): string {
  const problems = error.cause.issues.map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  return `The reference server built a response for ${error.method} ${error.url} that does not match the catalog's response schema (a bug in the server): ${problems.join('; ')}`;
}
