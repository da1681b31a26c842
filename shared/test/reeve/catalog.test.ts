import * as z from 'zod';
import { describeFields } from '@integration-pack/core/machine';
import {
  CONNECTION_EVENT_TYPES,
  REEVE_EVENT_TYPES,
  REEVE_EVENTS,
  REEVE_PROVIDERS,
  PROVIDER_PAYLOAD_SAMPLES,
  SystemEvent,
  reeveApi,
  reeveCatalog,
  reeveCatalogEntries,
  reeveOperations,
  sampleSystemEvent,
  systemEventSchema,
} from '@integration-pack/core/reeve/api';

const ENDPOINTS = [
  ['connections', 'getAuthorizationUrl', 'getAuthorizationUrl', 'GET', '/api/oauth/{provider}/authorize'],
  ['connections', 'completeAuthorization', 'completeAuthorization', 'GET', '/api/oauth/{provider}/callback'],
  ['connections', 'connectWithApiKey', 'connectWithApiKey', 'POST', '/api/connectors/connect'],
  ['connections', 'list', 'listConnections', 'GET', '/api/connectors/list'],
  ['connections', 'disconnect', 'disconnectProvider', 'DELETE', '/api/connectors/{provider}'],
  ['events', 'list', 'listEvents', 'GET', '/api/connectors/events'],
  ['webhooks', 'create', 'createWebhook', 'POST', '/api/connectors/webhooks'],
  ['webhooks', 'list', 'listWebhooks', 'GET', '/api/connectors/webhooks'],
  ['webhooks', 'delete', 'deleteWebhook', 'DELETE', '/api/connectors/webhooks/{id}'],
];

describe('the Reeve catalog (docs/reeve-api.md §3)', () => {
  it('has endpoints 1–9, named as the plan names them, and nothing else', () => {
    const entries = reeveCatalogEntries.map(({ group, name, operation }) => [group, name, operation.operationId, operation.method, operation.path]);
    expect(entries).toEqual(ENDPOINTS);
  });

  it('answers 200 everywhere but Create Webhook (201) and Delete Webhook (204, no body)', () => {
    const statuses = Object.fromEntries(reeveOperations.map((operation) => [operation.operationId, operation.successStatus]));
    expect(statuses).toMatchObject({ createWebhook: 201, deleteWebhook: 204, listConnections: 200, getAuthorizationUrl: 200 });
    expect('response' in reeveCatalog.webhooks.delete).toBe(false);
  });

  it('asks no permission, emits lifecycle events where a connection changes, and retries only what is safe', () => {
    for (const operation of reeveOperations) expect(operation.permissions).toEqual([]);
    const emits = Object.fromEntries(reeveOperations.filter((operation) => operation.emits.length).map((operation) => [operation.operationId, operation.emits]));
    expect(emits).toEqual({ completeAuthorization: ['connection.connected'], connectWithApiKey: ['connection.connected'], disconnectProvider: ['connection.disconnected'] });
    const unsafe = reeveOperations.filter((operation) => !operation.safeToRetry).map((operation) => operation.operationId);
    expect(unsafe).toEqual(['completeAuthorization', 'connectWithApiKey', 'createWebhook']);
  });

  describe.each(reeveOperations.map((operation) => [operation.operationId, operation] as const))('%s', (_, operation) => {
    it.each(operation.examples.map((example) => [example.name, example] as const))('example %s is a request the schemas take and an answer they parse', (__, example) => {
      for (const [part, schema] of [['params', operation.params], ['query', operation.query], ['body', operation.body]] as const) {
        const value = example.request[part];
        if (schema) expect(schema.safeParse(value ?? {}).error).toBeUndefined();
        else expect(value).toBeUndefined();
      }
      expect(example.response.status).toBe(operation.successStatus);
      if (operation.response) expect(operation.response.safeParse(example.response.body).error).toBeUndefined();
      else expect(example.response.body).toBeUndefined();
    });

    it('has words on every input field', () => {
      for (const schema of [operation.params, operation.query, operation.body]) {
        if (!schema) continue;
        for (const descriptor of describeFields(schema)) {
          expect({ field: descriptor.key, title: descriptor.title !== descriptor.key, described: descriptor.description.length > 0 }).toEqual({ field: descriptor.key, title: true, described: true });
        }
      }
    });
  });

  it('keeps fields Reeve adds later in every answer object (loose objects)', () => {
    const listed = reeveCatalog.connections.list.response.parse({ connections: [{ ...reeveCatalog.connections.list.examples[0]!.response.body!.connections[0], scopes: ['read_orders'] }], next: null });
    expect(listed).toMatchObject({ next: null, connections: [{ scopes: ['read_orders'] }] });
  });

  it('refuses what §3 refuses: a shop domain not anchored at both ends, a redirect over plain http elsewhere than loopback, an unknown event', () => {
    const query = reeveCatalog.connections.getAuthorizationUrl.query;
    expect(query.safeParse({ shop: 'evil.myshopify.com.attacker.example' }).success).toBe(false);
    expect(query.safeParse({ shop: 'acme-store.myshopify.com' }).success).toBe(true);
    expect(query.safeParse({ redirect_uri: 'http://app.example.com/back' }).success).toBe(false);
    expect(query.safeParse({ redirect_uri: 'http://127.0.0.1:5678/back' }).success).toBe(true);
    expect(query.safeParse({ redirect_uri: 'http://[::1]/back' }).success).toBe(true);
    expect(query.parse({}).redirect_uri).toBe('https://app.meetreeve.com/cockpit/connectors');
    const body = reeveCatalog.webhooks.create.body;
    expect(body.safeParse({ url: 'https://hooks.example.com/x', events: ['shopify.order.deleted'] }).success).toBe(false);
    expect(body.safeParse({ url: 'https://hooks.example.com/x', events: [] }).success).toBe(false);
    expect(body.safeParse({ url: 'https://hooks.example.com/x', events: ['github.push'], providers: ['github'] }).success).toBe(true);
  });

  it('takes any query parameter the provider adds to its redirect, since Shopify signs them all', () => {
    expect(reeveCatalog.connections.completeAuthorization.query.parse({ code: 'c', state: 's', locale: 'en' })).toEqual({ code: 'c', state: 's', locale: 'en' });
  });
});

describe('the Reeve events (docs/reeve-api.md §4)', () => {
  it('describes the 13 event types with trigger labels', () => {
    expect(Object.keys(REEVE_EVENTS)).toEqual([...REEVE_EVENT_TYPES]);
    expect(REEVE_EVENTS['shopify.order.created'].label).toBe('New Shopify Order');
    expect(REEVE_EVENTS['connection.connected'].label).toBe('Connection Connected');
    const labels = Object.values(REEVE_EVENTS).map((event) => event.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("samples a provider event with the provider's own payload for its topic", () => {
    for (const [slug, provider] of Object.entries(REEVE_PROVIDERS)) {
      for (const [topic, type] of Object.entries(provider.inbound)) {
        expect({ type, sample: REEVE_EVENTS[type].sample }).toEqual({ type, sample: (PROVIDER_PAYLOAD_SAMPLES as Record<string, Record<string, unknown>>)[slug]![topic] });
      }
    }
    expect(REEVE_EVENTS['stripe.payment.succeeded'].sample).toMatchObject({ object: 'event', type: 'payment_intent.succeeded' });
    expect(REEVE_EVENTS['github.pull_request.opened'].sample).toMatchObject({ action: 'opened' });
  });

  it('samples a lifecycle event with the Connection, in the status the event names', () => {
    for (const type of CONNECTION_EVENT_TYPES) {
      expect(REEVE_EVENTS[type].sample).toMatchObject({ provider: 'shopify', status: type.slice('connection.'.length) });
    }
  });

  it.each(REEVE_EVENT_TYPES.map((type) => [type]))('%s: its full sample is a SystemEvent of its type', (type) => {
    const event = sampleSystemEvent(type);
    expect(systemEventSchema(type).safeParse(event).error).toBeUndefined();
    expect(SystemEvent.parse(event)).toEqual(event);
    expect(event.provider).toBe(type.startsWith('connection.') ? 'shopify' : type.split('.')[0]);
  });

  it('refuses a lifecycle event whose data is not a Connection', () => {
    const event = { ...sampleSystemEvent('connection.expired'), data: { provider: 'shopify' } };
    expect(SystemEvent.safeParse(event).success).toBe(false);
  });
});

describe('reeveApi', () => {
  it('is Reeve at its base URL, without paging or permissions', () => {
    expect(reeveApi).toMatchObject({ name: 'Reeve', baseUrl: 'https://services.meetreeve.com', paging: { style: 'none' } });
    expect('permissions' in reeveApi).toBe(false);
    expect(reeveApi.events).toBe(REEVE_EVENTS);
  });

  it('authenticates with a bearer session token, and names the brand when one is set', () => {
    const { auth } = reeveApi;
    expect(auth.apply(auth.check({ sessionToken: ' 3f1c9a2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c ' }))).toEqual({ headers: { Authorization: 'Bearer 3f1c9a2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c' } });
    expect(auth.apply(auth.check({ sessionToken: 'tok', brandId: 'brand_acme' }))).toEqual({ headers: { Authorization: 'Bearer tok', 'X-Reeve-Brand': 'brand_acme' } });
    expect(auth.apply(auth.check({ sessionToken: 'tok', brandId: '  ' }))).toEqual({ headers: { Authorization: 'Bearer tok' } });
  });

  it('refuses a missing session token, naming where to get one', () => {
    expect(() => reeveApi.auth.check({ sessionToken: ' ' })).toThrow(/session token is required.*Sign in to Reeve/);
  });

  it('describes each catalog schema as JSON Schema (what OpenAPI, Zapier and MCP read)', () => {
    for (const operation of reeveOperations) {
      for (const schema of [operation.params, operation.query, operation.body, operation.response]) {
        if (schema) expect(() => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).not.toThrow();
      }
    }
  });
});
