/**
 * What the server allows a client's socket before a request reaches fastify ([C], README "Timeouts"): the headers
 * must arrive within `headersMs` and the whole request, body included, within `requestMs`, so a client that sends
 * headers and part of a body and then stalls is cut off. Node checks open requests every `checkEveryMs`, so a cut
 * comes up to that much later. Refusals at this level (408, 431, 400) answer FastAPI's `{"detail": "..."}` like
 * every other error, not fastify's own shape.
 */
import type { FastifyHttpOptions } from 'fastify';
import { STATUS_CODES, maxHeaderSize, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface SocketTimeouts {
  headersMs: number;
  requestMs: number;
  checkEveryMs: number;
}

export const SOCKET_TIMEOUTS: SocketTimeouts = { headersMs: 10_000, requestMs: 30_000, checkEveryMs: 5_000 };

/** The fastify options that enforce the timeouts and answer socket-level refusals. */
export function socketOptions(timeouts: SocketTimeouts): Pick<FastifyHttpOptions<Server>, 'requestTimeout' | 'http' | 'clientErrorHandler'> {
  return {
    requestTimeout: timeouts.requestMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    clientErrorHandler: (error, socket) => refuse(error as NodeJS.ErrnoException, socket, timeouts),
  };
}

function refuse(error: NodeJS.ErrnoException, socket: Socket, timeouts: SocketTimeouts): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = refusalOf(error.code, timeouts);
  if (socket.writable) {
    const body = JSON.stringify({ detail });
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

function refusalOf(code: string | undefined, { headersMs, requestMs }: SocketTimeouts): [number, string] {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, `Request Timeout: a request must arrive in full within ${requestMs / 1000} s (its headers within ${headersMs / 1000} s). Send the body at once.`];
  }
  if (code === 'HPE_HEADER_OVERFLOW') return [431, `Request Header Fields Too Large: the request line and headers may take at most ${maxHeaderSize / 1024} KB. Send shorter headers.`];
  return [400, 'Bad Request: this is not a valid HTTP/1.1 request.'];
}
