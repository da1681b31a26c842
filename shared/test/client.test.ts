import {
  EXAMPLE,
  EXAMPLE_ACCOUNT,
  ReevoError,
  ReevoResponseValidationError,
  ReevoValidationError,
  catalogEntries,
  collect,
  createReevoClient,
  type OperationSpec,
  type ReevoClient,
} from '@integration-pack/core/reevo';
import { fakeTransport } from '../../test-support/fake-transport';

const BASE = 'https://reevo.test';

/** A valid input for an operation: its first example's path params, query and body merged. */
function exampleInput(operation: OperationSpec): Record<string, unknown> {
  const [example] = operation.examples;
  return { ...example?.request.params, ...example?.request.query, ...example?.request.body };
}

function clientAnswering(body: (operation: OperationSpec) => unknown = (operation) => operation.examples[0]?.response.body) {
  const transport = fakeTransport((request) => {
    const entry = catalogEntries.find(({ operation }) => operation.method === request.method && new RegExp(`^${BASE}${operation.path.replace(/\{[^}]+\}/g, '[^/?]+')}\\?`).test(request.url));
    const operation = entry?.operation as OperationSpec;
    return { status: operation.successStatus, body: body(operation), headers: { 'content-type': 'application/json' } };
  });
  return { client: createReevoClient({ apiKey: ' key-123 ', baseUrl: `${BASE}/`, transport }), transport };
}

const methodOf = (client: ReevoClient, group: string, name: string) =>
  (client as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[group]![name]!;

describe('the typed client', () => {
  it.each(catalogEntries.map((entry) => [`${entry.group}.${entry.name}`, entry] as const))(
    '%s sends its method, path, x-api-key, payload_type=json and body, and parses the answer',
    async (_label, { group, name, operation }) => {
      const { client, transport } = clientAnswering();
      const result = await methodOf(client, group, name)(exampleInput(operation));
      const [request] = transport.requests;
      const url = new URL(request!.url);
      expect(request!.method).toBe(operation.method);
      expect(url.origin + url.pathname).toBe(BASE + operation.path.replace(/\{([^}]+)\}/g, (_m, key: string) => String(exampleInput(operation)[key])));
      expect(url.searchParams.get('payload_type')).toBe('json');
      expect(request!.headers['x-api-key']).toBe('key-123');
      expect(request!.safeToRetry).toBe(operation.safeToRetry);
      for (const [key, value] of Object.entries(operation.examples[0]?.request.query ?? {})) expect(url.searchParams.get(key)).toBe(String(value));
      if (operation.body) expect(request!.body).toMatchObject(operation.examples[0]?.request.body ?? {});
      else expect(request!.body).toBeUndefined();
      expect(result).toEqual(operation.examples[0]?.response.body);
    },
  );

  it('URL-encodes path params and query values (a + in a phone number becomes %2B)', async () => {
    const { client, transport } = clientAnswering();
    await client.accountContact.retrieve({ contact_phone_number: '+14151234567' });
    expect(transport.requests[0]!.url).toBe(`${BASE}/api/v1/public/account_and_contact_retrieval?contact_phone_number=%2B14151234567&payload_type=json`);
  });

  it('applies the catalog defaults to the body it sends', async () => {
    const { client, transport } = clientAnswering(() => []);
    await client.accounts.search({ domain_name: 'acme.com' });
    expect(transport.requests[0]!.body).toEqual({ domain_name: 'acme.com', limit: 100, offset: 0 });
  });

  it('refuses a bad input locally, naming every field, and sends nothing', async () => {
    const { client, transport } = clientAnswering();
    const error = await client.tasks
      .create({ title: '', owner_email: 'not-an-email', priority: 'SOON' } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoValidationError);
    const validation = error as ReevoValidationError;
    expect(validation.local).toBe(true);
    expect(validation.issues.map((issue) => issue.field).sort()).toEqual(['owner_email', 'priority', 'title']);
    expect(validation.message).toMatch(/not sent.*owner_email/);
    expect(transport.requests).toHaveLength(0);
  });

  it('reads as one sentence when a field message ends with a full stop', async () => {
    const { client } = clientAnswering();
    const error = (await client.contacts.search({ limit: 5 }).catch((caught: unknown) => caught)) as ReevoValidationError;
    expect(error.message).toBe('This request is not valid, so it was not sent: contact_email: Give at least one of contact_email or owner_email. Fix this field and try again.');
  });

  it('names unknown fields and missing required ones', async () => {
    const { client } = clientAnswering();
    const error = (await client.accounts.create({ nmae: 'Acme' } as never).catch((caught: unknown) => caught)) as ReevoValidationError;
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', message: 'is required' }),
        expect.objectContaining({ field: 'nmae', type: 'unrecognized_keys' }),
      ]),
    );
  });

  it('points a stage change in Update Opportunity to Shift Stage', async () => {
    const { client, transport } = clientAnswering();
    const error = (await client.opportunities
      .update({ opportunity_id: EXAMPLE.opportunityId, stage_name: 'Won' } as never)
      .catch((caught: unknown) => caught)) as ReevoValidationError;
    expect(error.issues[0]).toMatchObject({ field: 'stage_name' });
    expect(error.message).toMatch(/Use Shift Stage \(POST \/opportunities\/\{opportunity_id\}\/shift_stage\)/);
    expect(transport.requests).toHaveLength(0);
  });

  it('fails loudly when a success body does not match the catalog, and can be told not to check', async () => {
    const transport = fakeTransport(() => ({ body: { id: 'not-a-uuid' } }));
    const strict = createReevoClient({ apiKey: 'k', transport });
    const error = await strict.accounts.get({ account_id: EXAMPLE.accountId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoResponseValidationError);
    expect((error as ReevoResponseValidationError).message).toMatch(/getAccount.*id/);
    const lenient = createReevoClient({ apiKey: 'k', transport, validateResponses: false });
    await expect(lenient.accounts.get({ account_id: EXAMPLE.accountId })).resolves.toEqual({ id: 'not-a-uuid' });
  });

  it('returns nothing for a 204', async () => {
    const transport = fakeTransport(() => ({ status: 204, body: undefined }));
    const client = createReevoClient({ apiKey: 'k', transport });
    await expect(client.webhooks.delete({ webhook_id: EXAMPLE.webhookId })).resolves.toBeUndefined();
  });

  it('iterates every page of a search until a short page, with limit and offset', async () => {
    const records = Array.from({ length: 5 }, (_, index) => ({ ...EXAMPLE_ACCOUNT, id: `00000000-0000-4000-8000-00000000000${index}` }));
    const transport = fakeTransport((request) => {
      const body = request.body as { limit: number; offset: number };
      return { body: records.slice(body.offset, body.offset + body.limit) };
    });
    const client = createReevoClient({ apiKey: 'k', transport });
    const all = await collect(client.accounts.searchAll({ domain_name: 'acme' }, { pageSize: 2 }));
    expect(all.map((account) => account.id)).toEqual(records.map((record) => record.id));
    expect(transport.requests.map((request) => (request.body as { offset: number }).offset)).toEqual([0, 2, 4]);
    const firstThree = await collect(client.accounts.searchAll({ domain_name: 'acme' }, { pageSize: 2, maxItems: 3 }));
    expect(firstThree).toHaveLength(3);
  });

  it('reports the quota warning header', async () => {
    const warnings: string[] = [];
    const transport = fakeTransport(() => ({ headers: { 'x-reevo-quota-warning': '85% of the quota used' } }));
    const client = createReevoClient({ apiKey: 'k', transport, onQuotaWarning: (message) => warnings.push(message) });
    await client.users.search({ email: EXAMPLE.ownerEmail });
    expect(warnings).toEqual(['85% of the quota used']);
  });

  it('wraps a transport failure in a network error that does not carry the key', async () => {
    const client = createReevoClient({
      apiKey: 'secret-key',
      transport: async (request) => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', request });
      },
    });
    const error = (await client.webhooks.list().catch((caught: unknown) => caught)) as ReevoError & { code?: string };
    expect(error.name).toBe('ReevoNetworkError');
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toMatch(/Could not reach Reevo at https:\/\/api\.reevo\.ai/);
    expect(error.cause).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('secret-key');
  });

  it('needs an API key', () => {
    expect(() => createReevoClient({ apiKey: '  ', transport: fakeTransport() })).toThrow(/API key is required.*Settings → API Keys/);
  });

  it('calls any operation by its catalog entry', async () => {
    const { client, transport } = clientAnswering();
    const operation = catalogEntries.find((entry) => entry.operation.operationId === 'getContact')!.operation;
    await client.call(operation, { contact_id: EXAMPLE.contactId });
    expect(transport.requests[0]!.url).toContain(`/contacts/${EXAMPLE.contactId}?payload_type=json`);
  });
});
