/**
 * A receiver whose answers the test releases by hand: a slow but healthy endpoint without any sleep, so a test can
 * see what the dispatcher does while attempts are still in flight.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConditionWaiters } from '../../src/webhooks/waiters';

export interface HeldReceiver {
  url: string;
  /** webhook-ids in the order requests arrived. */
  arrived: string[];
  /** Requests waiting for their answer. */
  readonly held: number;
  /** Resolves once `count` requests in all have arrived. */
  arrivals(count: number): Promise<void>;
  /** Answers every held request with 204. */
  release(): void;
  close(): Promise<void>;
}

/** `answer(n)`: a status to answer request n with at once, or 'hold' to keep it until `release()`. */
export async function startHeldReceiver(answer: (n: number) => number | 'hold'): Promise<HeldReceiver> {
  const arrived: string[] = [];
  const held: ServerResponse[] = [];
  const waiters = new ConditionWaiters();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      arrived.push(String(request.headers['webhook-id']));
      const choice = answer(arrived.length);
      if (choice === 'hold') held.push(response);
      else response.writeHead(choice).end();
      waiters.notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    arrived,
    get held() {
      return held.length;
    },
    arrivals: (count) => waiters.until(() => (arrived.length >= count ? true : undefined)).then(() => undefined),
    release() {
      for (const response of held.splice(0)) response.writeHead(204).end();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
