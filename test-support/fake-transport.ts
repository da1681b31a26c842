/** A transport that records each request and answers from a queue: for client tests of any API definition. */
import type { Transport, TransportRequest, TransportResponse } from '@integration-pack/core/machine';

export interface FakeTransport extends Transport {
  requests: TransportRequest[];
}

/** A transport that records every request and answers with `respond` (200 and an empty list by default). */
export function fakeTransport(respond: (request: TransportRequest) => Partial<TransportResponse> = () => ({})): FakeTransport {
  const requests: TransportRequest[] = [];
  const transport = (async (request: TransportRequest) => {
    requests.push(request);
    const answer = respond(request);
    return { status: answer.status ?? 200, headers: answer.headers ?? {}, body: 'body' in answer ? answer.body : [] };
  }) as FakeTransport;
  transport.requests = requests;
  return transport;
}
