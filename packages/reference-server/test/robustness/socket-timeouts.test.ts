/**
 * From finding 7 of issue 12: a socket that sent headers and part of a body was never timed out (fastify turns
 * Node's request timeout off). The server now cuts a request that has not arrived in full, answering 408 in the
 * `{"detail"}` shape. The timeouts are short here so the test is quick; it asserts that the cut happens, not when.
 */
import { connect } from 'node:net';
import { SOCKET_TIMEOUTS } from '../../src/http/socket-limits';
import { createReferenceServer, type ReferenceServer } from '../../src/server';

let server: ReferenceServer;
let port: number;
beforeAll(async () => {
  server = await createReferenceServer({ seed: 'demo', socketTimeouts: { headersMs: 200, requestMs: 400, checkEveryMs: 50 } });
  port = Number(new URL(await server.listen()).port);
});
afterAll(() => server.close());

/** Writes the bytes, then waits for the server to end the connection; answers everything it sent back. */
function sendAndWaitForClose(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

function detailOf(response: string): unknown {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)).detail;
}

test('headers and part of a body, then silence: 408 {detail} and the socket is closed', async () => {
  const response = await sendAndWaitForClose(
    'POST /api/v1/public/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":',
  );
  expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  expect(detailOf(response)).toContain('must arrive in full within 0.4 s');
});

test('part of the headers, then silence: 408 {detail} too', async () => {
  const response = await sendAndWaitForClose('GET /api/v1/public/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  expect(response).toMatch(/^HTTP\/1\.1 408 /);
});

test('a request that is not HTTP answers 400 {detail}', async () => {
  const response = await sendAndWaitForClose('NOT HTTP AT ALL\r\n\r\n');
  expect(response).toMatch(/^HTTP\/1\.1 400 /);
  expect(detailOf(response)).toContain('not a valid HTTP/1.1 request');
});

test('a server made without options enforces SOCKET_TIMEOUTS', async () => {
  const plain = await createReferenceServer({ seed: null });
  expect({ requestMs: plain.app.server.requestTimeout, headersMs: plain.app.server.headersTimeout }).toEqual({
    requestMs: SOCKET_TIMEOUTS.requestMs,
    headersMs: SOCKET_TIMEOUTS.headersMs,
  });
  await plain.close();
});
