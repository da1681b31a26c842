/**
 * Reevo's error bodies (docs/reevo-api.md §3): the GENERIC envelope for application errors (`DomainError`), and
 * FastAPI's `{detail}` / `detail[]` for everything else (`handleServerError`). An injected fault answers with the
 * envelope the real API uses for its status, so clients parse a fault exactly as they would parse the real error.
 */
import { STATUS_CODES } from 'node:http';
import { APPLICATION_ERRORS, type ApplicationErrorBody, type ApplicationErrorName } from '@integration-pack/core/reevo/api';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/contract';
import { handleServerError } from '../http/error-handler';

export function handleReevoError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof DomainError) return reply.code(APPLICATION_ERRORS[error.errorName]).send(applicationErrorBody(error));
  return handleServerError(error, request, reply);
}

function applicationErrorBody(error: DomainError): ApplicationErrorBody {
  return { error_response_type: 'GENERIC', error: error.errorName, message: error.message, details: error.details };
}

const ERROR_NAME_BY_STATUS = new Map<number, ApplicationErrorName>(
  (Object.entries(APPLICATION_ERRORS) as [ApplicationErrorName, number][]).map(([name, status]) => [status, name]),
);

export function reevoFaultBody(status: number): unknown {
  const message = `Injected fault: HTTP ${status} (set through /__admin/faults).`;
  if (status === 422) return { detail: [{ type: 'value_error', loc: ['body'], msg: message, input: null }] };
  const name = ERROR_NAME_BY_STATUS.get(status);
  if (name) return applicationErrorBody(new DomainError(name, message));
  return { detail: STATUS_CODES[status] ?? message };
}
