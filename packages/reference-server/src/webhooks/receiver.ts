/**
 * A webhook receiver for tests anywhere in the repo: an HTTP server on 127.0.0.1:0 that records every request
 * (raw body and headers), verifies each delivery with `verifyWebhook` once it knows the subscription's secret,
 * answers as the test says (to exercise retries, 410, Retry-After, timeouts), and lets a test wait for an event.
 *
 *   const receiver = await startWebhookReceiver();
 *   const hook = await client.webhooks.create({ url: receiver.url, events: ['contact.created'] });
 *   receiver.setSecret(hook.secret);
 *   const event = await receiver.waitFor('contact.created');
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventType, WebhookEvent } from '@integration-pack/core/reevo/api';
import { parseWebhookEvent, verifyWebhook } from '@integration-pack/core/reevo/webhooks';
import { ConditionWaiters } from './waiters';

export interface ReceivedRequest {
  /** 1 for the first request this receiver got. */
  n: number;
  method: string;
  /** Path and query as requested. */
  path: string;
  /** Header names lower-cased, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body exactly as received, the bytes the signature covers. */
  body: string;
  receivedAt: Date;
  /** True when the signature checked out against the secret known at the time. */
  verified: boolean;
  /** Why the delivery failed verification (or, without a secret, parsing); null when it passed. */
  verificationError: string | null;
  /** The event in the body when it is a known Reevo event, verified or not. */
  event: WebhookEvent | null;
  /** The status this receiver chose to answer. */
  status: number;
  /** False while a delayed answer is pending, and for good when the sender gave up before it was written. */
  answered: boolean;
}

export type ReceiverAnswer = number | { status: number; headers?: Record<string, string>; delayMs?: number };

export interface WebhookReceiverOptions {
  /** The subscription's secret (or several while rotating); without one, deliveries are parsed but not verified. */
  secret?: string | readonly string[];
  /**
   * Chooses the answer to request number n (1-based). Default: 204 when the delivery is valid, 400 when it
   * failed verification.
   */
  respond?: (n: number, request: ReceivedRequest) => ReceiverAnswer;
  /** The clock to check webhook-timestamp against; give the server's when its clock is frozen or moved. */
  now?: () => Date | number;
  toleranceSeconds?: number;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:<port>/webhook: give it as the subscription's url. */
  url: string;
  /** Events accepted with a 2xx, valid (and verified when a secret is known), in arrival order. */
  events: WebhookEvent[];
  /** Every request, valid or not, in arrival order. */
  requests: ReceivedRequest[];
  /** The requests that failed verification or were not Reevo events. */
  failures: ReceivedRequest[];
  /** The first accepted event of that type (or matching the predicate), past or future; rejects after timeoutMs (default 5000). */
  waitFor(match: EventType | ((event: WebhookEvent) => boolean), timeoutMs?: number): Promise<WebhookEvent>;
  /** The first request matching the predicate, past or future; rejects after timeoutMs (default 5000). */
  waitForRequest(match: (request: ReceivedRequest) => boolean, timeoutMs?: number): Promise<ReceivedRequest>;
  /** Sets the secret to verify with from now on (e.g. once the subscription is created and its secret known). */
  setSecret(secret: string | readonly string[] | undefined): void;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5000;
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  let secret = options.secret;
  const events: WebhookEvent[] = [];
  const requests: ReceivedRequest[] = [];
  const failures: ReceivedRequest[] = [];
  const waiters = new ConditionWaiters();
  const delays = new Set<{ timer: NodeJS.Timeout; release: () => void }>();

  function check(headers: Record<string, string>, body: string): Pick<ReceivedRequest, 'verified' | 'verificationError' | 'event'> {
    let event: WebhookEvent | null = null;
    let parseError: string | null = null;
    try {
      event = parseWebhookEvent(body);
    } catch (error) {
      parseError = messageOf(error);
    }
    if (secret === undefined) return { verified: false, verificationError: parseError, event };
    try {
      const nowValue = options.now?.();
      verifyWebhook({
        payload: body,
        headers,
        secret,
        ...(options.toleranceSeconds !== undefined ? { toleranceSeconds: options.toleranceSeconds } : {}),
        ...(nowValue !== undefined ? { now: typeof nowValue === 'number' ? nowValue : nowValue.getTime() } : {}),
      });
      return { verified: true, verificationError: null, event };
    } catch (error) {
      return { verified: false, verificationError: messageOf(error), event };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const headers = flattenHeaders(req);
    const request: ReceivedRequest = {
      n: requests.length + 1,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers,
      body,
      receivedAt: new Date(),
      ...check(headers, body),
      status: 0,
      answered: false,
    };
    const valid = request.verificationError === null && request.event !== null;
    const answer = normalise(options.respond ? options.respond(request.n, request) : valid ? 204 : 400);
    request.status = answer.status;
    requests.push(request);
    if (!valid) failures.push(request);
    waiters.notify();

    if (answer.delayMs) await pause(answer.delayMs);
    if (res.destroyed) return;
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    res.end(request.verificationError ?? '');
    request.answered = true;
    if (valid && request.event && answer.status >= 200 && answer.status < 300) events.push(request.event);
    waiters.notify();
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const delay = { timer: setTimeout(() => release(), ms), release: () => release() };
      const release = (): void => {
        clearTimeout(delay.timer);
        delays.delete(delay);
        resolve();
      };
      delays.add(delay);
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  function waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return waiters.until(find, timeoutMs, () => `No ${what} reached the webhook receiver within ${timeoutMs} ms. ${summary()}`);
  }

  function summary(): string {
    if (requests.length === 0) return 'It received no request at all: is the subscription pointing at this receiver, and is the event emitted?';
    const lines = requests.map((r) => `#${r.n} ${r.event?.type ?? 'not an event'} answered ${r.status}${r.verificationError ? ` (${r.verificationError})` : ''}`);
    return `It received: ${lines.join('; ')}.`;
  }

  return {
    url: `http://127.0.0.1:${port}/webhook`,
    events,
    requests,
    failures,
    waitFor(match, timeoutMs = DEFAULT_WAIT_MS) {
      const matches = typeof match === 'string' ? (event: WebhookEvent) => event.type === match : match;
      const what = typeof match === 'string' ? `accepted ${match} event` : 'accepted event matching the predicate';
      return waitFor(() => events.find(matches), timeoutMs, what);
    },
    waitForRequest(match, timeoutMs = DEFAULT_WAIT_MS) {
      return waitFor(() => requests.find(match), timeoutMs, 'request matching the predicate');
    },
    setSecret(next) {
      secret = next;
    },
    async close() {
      for (const delay of [...delays]) delay.release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function normalise(answer: ReceiverAnswer): { status: number; headers: Record<string, string>; delayMs: number } {
  return typeof answer === 'number' ? { status: answer, headers: {}, delayMs: 0 } : { headers: {}, delayMs: 0, ...answer };
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`The request body is over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
