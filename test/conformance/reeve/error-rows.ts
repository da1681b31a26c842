/**
 * The error rows of docs/reeve-api.md §3 that need nothing but the target's session: each request is refused, so a
 * run against a real account changes nothing there. The rows that need a connection, another user or the fake
 * providers are in the admin sections (oauth.ts, api-keys.ts, disconnect.ts, scoping.ts).
 */
import { expectDetail, expectValidation } from './expectations';
import { authorize, callback, connectWithKey } from './connect';
import type { ReeveSession } from './target';

export type ErrorRow = (session: ReeveSession) => Promise<void>;

const self = (session: ReeveSession) => ({ token: session.sessionToken, ...(session.brand ? { brand: session.brand } : {}) });

export const SESSION_ERROR_ROWS: Record<string, ErrorRow> = {
  '1 authorize: an unknown provider is 404': async (session) => {
    expectDetail(await authorize(session, self(session), 'myspace'), 404, /myspace/);
  },
  '1 authorize: an API-key provider is 400, pointing to Connect': async (session) => {
    expectDetail(await authorize(session, self(session), 'stripe'), 400, /connect/i);
  },
  '1 authorize: a malformed or unanchored Shopify shop is 422': async (session) => {
    for (const shop of ['acme.com', 'acme.myshopify.com.evil.example', 'https://acme.myshopify.com', 'ac me.myshopify.com']) {
      expectValidation(await authorize(session, self(session), 'shopify', { shop }), 'shop');
    }
  },
  '1 authorize: a redirect_uri that is neither https nor http to loopback is 422': async (session) => {
    for (const redirect_uri of ['http://app.example.com/cb', 'ftp://127.0.0.1/cb', 'javascript:alert(1)']) {
      expectValidation(await authorize(session, self(session), 'meta', { redirect_uri }), 'redirect_uri');
    }
  },
  '2 callback: a missing or unknown state is 400': async (session) => {
    expectDetail(await callback(session, self(session), 'meta', new URLSearchParams({ code: 'abc' })), 400, /state/i);
    expectDetail(await callback(session, self(session), 'meta', new URLSearchParams({ code: 'abc', state: 'never-issued' })), 400, /state/i);
    expectDetail(await callback(session, self(session), 'meta', new URLSearchParams({ error: 'access_denied', state: 'never-issued' })), 400, /state/i);
  },
  '3 connect: an OAuth provider is 400, pointing to Authorize': async (session) => {
    expectDetail(await connectWithKey(session, self(session), 'meta', { api_key: 'EAAB-not-a-key' }), 400, /authori[sz]e/i);
  },
  '3 connect: a missing provider or api_key is 422 naming it': async (session) => {
    expectValidation(await session.raw({ method: 'POST', path: '/api/connectors/connect', body: { api_key: 'sk_live_abcd' } }), 'provider');
    expectValidation(await session.raw({ method: 'POST', path: '/api/connectors/connect', body: { provider: 'stripe' } }), 'api_key');
  },
  '3 connect: a missing config field is 422 naming it': async (session) => {
    const answer = await connectWithKey(session, self(session), 'gorgias', { config: { domain: 'acme.gorgias.com' } });
    expect(expectValidation(answer, 'email').msg).toMatch(/email/);
    expectValidation(await connectWithKey(session, self(session), 'posthog', { config: {} }), 'project_id');
  },
  '3 connect: a body that is not JSON is 422': async (session) => {
    const answer = await session.raw({ method: 'POST', path: '/api/connectors/connect', rawBody: '{"provider": "stripe",' });
    expect(answer.status).toBe(422);
  },
  '5 disconnect: an unknown provider is 404': async (session) => {
    expectDetail(await session.raw({ method: 'DELETE', path: '/api/connectors/myspace' }), 404, /myspace/);
  },
  '6 events: a limit outside 1 to 100 is 422': async (session) => {
    for (const limit of ['0', '101', 'ten']) expectValidation(await session.raw({ method: 'GET', path: '/api/connectors/events', query: { limit } }), 'limit');
  },
  '7 create webhook: an unknown event is 422': async (session) => {
    const answer = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', body: { url: 'https://hooks.example.com/reeve', events: ['connection.connected', 'shopify.order.deleted'] } });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain('shopify.order.deleted');
  },
  '7 create webhook: a url that is neither https nor http to loopback is 422': async (session) => {
    for (const url of ['http://hooks.example.com/reeve', 'ftp://127.0.0.1/hook', 'not a url']) {
      expectValidation(await session.raw({ method: 'POST', path: '/api/connectors/webhooks', body: { url, events: ['connection.connected'] } }), 'url');
    }
  },
  '7 create webhook: missing url or events is 422 naming it': async (session) => {
    expectValidation(await session.raw({ method: 'POST', path: '/api/connectors/webhooks', body: { events: ['connection.connected'] } }), 'url');
    expectValidation(await session.raw({ method: 'POST', path: '/api/connectors/webhooks', body: { url: 'https://hooks.example.com/reeve' } }), 'events');
  },
  '9 delete webhook: an unknown id is 404': async (session) => {
    expectDetail(await session.raw({ method: 'DELETE', path: '/api/connectors/webhooks/sub_does_not_exist' }), 404, /sub_does_not_exist/);
  },
  '10 provider webhook: an unknown hook token, or a provider that sends none, is 404': async (session) => {
    const delivery = { method: 'POST' as const, token: null, body: { id: 'evt_1' } };
    for (const path of ['/api/webhooks/stripe/not-a-hook-token', '/api/webhooks/shopify/not-a-hook-token', '/api/webhooks/meta/not-a-hook-token', '/api/webhooks/myspace/x']) {
      const answer = await session.raw({ ...delivery, path });
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(answer.body).toEqual({ detail: expect.any(String) });
    }
  },
  'an unknown path is 404 and an unknown method 405, in FastAPI\'s words': async (session) => {
    expectDetail(await session.raw({ method: 'GET', path: '/api/connectors/nothing/here' }), 404, 'Not Found');
    expectDetail(await session.raw({ method: 'PUT', path: '/api/connectors/list' }), 405, 'Method Not Allowed');
  },
};
