/**
 * Issue 12, finding 5: no cap on string or record size, records per workspace, or subscriptions per workspace
 * (500 subscriptions: 500 outbound POSTs per event). Every limit of `src/runtime/limits.ts` is enforced here with a
 * 4xx that names it, its value and the fix; most are lowered for the test through the `limits` option, the ones a
 * test can reach cheaply are checked at their default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ECHO_CHARACTERS } from '../../src/http/validation-issues';
import { ADMIN_PAGE_SIZE, DEFAULT_LIMITS, formatLimit, limitName, type ServerLimits } from '../../src/runtime/limits';
import { API, startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((t) => t.server.close())));

async function serverWith(limits: Partial<ServerLimits> = {}) {
  const t = await startTestServer({ limits });
  servers.push(t);
  const workspace = t.server.runtime.createWorkspace({ seed: 'empty' });
  const { key } = t.server.runtime.createKey({ workspaceId: workspace.id, name: 'qa', permissions: ['accounts:write', 'contacts:write', 'webhooks:write'] });
  return { t, workspace, key, call: (method: string, path: string, body?: unknown) => t.call(method, `${API}${path}`, { key, body }) };
}

describe('request size', () => {
  test(`a string past ${DEFAULT_LIMITS.stringLength.toLocaleString('en-US')} characters answers 422 string_too_long naming where it is and the limit`, async () => {
    const { call } = await serverWith();
    const answer = await call('POST', '/accounts', { name: 'é'.repeat(DEFAULT_LIMITS.stringLength + 1) });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([
      {
        type: 'string_too_long',
        loc: ['body', 'name'],
        msg: expect.stringContaining('at most 10,000 characters: this value has 10,001, past the reference server\'s limit on any string in a request body (string_length)'),
        input: `${'é'.repeat(MAX_ECHO_CHARACTERS)}…`,
        ctx: { max_length: 10_000 },
      },
    ]);
    expect((await call('POST', '/accounts', { name: 'x'.repeat(200) })).status).toBe(200);
  });

  test('the string limit covers every key and value, custom fields included', async () => {
    const { call } = await serverWith();
    const longKey = await call('POST', '/accounts', { name: 'Acme', custom_fields: { ['k'.repeat(10_001)]: 'v' } });
    expect(longKey.status).toBe(422);
    expect(longKey.body.detail[0]).toMatchObject({ type: 'string_too_long', loc: ['body', 'custom_fields'], msg: expect.stringContaining('a key of this object has 10,001') });
    const longItem = await call('POST', '/accounts', { name: 'Acme', custom_fields: { tags: ['ok', 'v'.repeat(10_001)] } });
    expect(longItem.body.detail[0]).toMatchObject({ type: 'string_too_long', loc: ['body', 'custom_fields', 'tags', 1] });
  });

  test('a body past 1 MiB answers 413 naming body_bytes and its value', async () => {
    const { call } = await serverWith();
    const answer = await call('POST', '/accounts', JSON.stringify({ name: 'Acme', note: 'x'.repeat(DEFAULT_LIMITS.bodyBytes) }));
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toBe("The request body is larger than 1,048,576 bytes, the reference server's limit (body_bytes). Send a smaller body.");
  });
});

describe('what a workspace holds', () => {
  test('records of a kind stop at records_per_kind: 400 naming the limit, and nothing is stored', async () => {
    const { call, workspace } = await serverWith({ recordsPerKind: 2 });
    for (const name of ['One', 'Two']) expect((await call('POST', '/accounts', { name })).status).toBe(200);

    const answer = await call('POST', '/accounts', { name: 'Three' });

    expect(answer).toMatchObject({ status: 400, body: { error: 'BadRequestError', details: { limit: 'records_per_kind', max: 2 } } });
    expect(answer.body.message).toBe(
      "This workspace already holds 2 account records, and the reference server keeps at most 2 of each kind per workspace (records_per_kind). Use another workspace (POST /__admin/workspaces) or reset the server (POST /__admin/reset).",
    );
    expect(workspace.state.accounts.size).toBe(2);
  });

  test('an upsert that would create an account in a full workspace changes nothing, not even the contact', async () => {
    const { call, workspace } = await serverWith({ recordsPerKind: 1 });
    expect((await call('POST', '/accounts', { name: 'Only' })).status).toBe(200);

    const answer = await call('POST', '/account_contact', { email: 'new@example.com', company: 'Another Co' });

    expect(answer).toMatchObject({ status: 400, body: { details: { limit: 'records_per_kind' } } });
    expect(workspace.state.contacts.size).toBe(0);
    expect(workspace.state.accounts.size).toBe(1);
  });

  test('custom fields stop at custom_fields_per_record, counted after a PATCH merges its own', async () => {
    const { call } = await serverWith({ customFieldsPerRecord: 3 });
    const created = await call('POST', '/accounts', { name: 'Acme', custom_fields: { a: '1', b: '2', c: '3' } });
    expect(created.status).toBe(200);
    const id = created.body.id as string;

    const grown = await call('PATCH', `/accounts/${id}`, { custom_fields: { d: '4' } });
    expect(grown).toMatchObject({ status: 400, body: { details: { limit: 'custom_fields_per_record', max: 3 } } });
    expect(grown.body.message).toContain('this account would hold 4 custom fields');

    const swapped = await call('PATCH', `/accounts/${id}`, { custom_fields: { a: null, d: '4' } });
    expect(swapped.status).toBe(200);
    expect(swapped.body.custom_fields).toEqual({ b: '2', c: '3', d: '4' });
  });

  test('custom fields stop at custom_fields_bytes: a record cannot grow PATCH by PATCH', async () => {
    const { call } = await serverWith({ customFieldsBytes: 100 });
    const created = await call('POST', '/accounts', { name: 'Acme', custom_fields: { a: 'x'.repeat(40) } });
    expect(created.status).toBe(200);

    const grown = await call('PATCH', `/accounts/${created.body.id}`, { custom_fields: { b: 'y'.repeat(60) } });

    expect(grown).toMatchObject({ status: 400, body: { details: { limit: 'custom_fields_bytes', max: 100 } } });
    expect(grown.body.message).toContain("this account's custom fields would take 115 bytes as JSON");
  });

  test(`a workspace holds at most ${DEFAULT_LIMITS.subscriptionsPerWorkspace} webhook subscriptions; deleting one makes room`, async () => {
    const { call } = await serverWith();
    const subscribe = () => call('POST', '/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['account.created'] });
    const made: string[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.subscriptionsPerWorkspace; i += 1) {
      const answer = await subscribe();
      expect(answer.status).toBe(201);
      made.push(answer.body.id);
    }

    const refused = await subscribe();
    expect(refused).toMatchObject({ status: 400, body: { error: 'BadRequestError', details: { limit: 'subscriptions_per_workspace', max: 50 } } });
    expect(refused.body.message).toContain('Delete the ones you no longer use');

    expect((await call('DELETE', `/webhooks/${made[0]}`)).status).toBe(204);
    expect((await subscribe()).status).toBe(201);
  });
});

describe('what the admin API adds', () => {
  test('workspaces stop at the workspaces limit, with a 400 naming it', async () => {
    const { t } = await serverWith({ workspaces: 2 });
    expect((await t.admin('POST', '/workspaces', {})).status).toBe(201);
    const refused = await t.admin('POST', '/workspaces', {});
    expect(refused).toEqual({
      status: 400,
      headers: expect.anything(),
      body: { detail: "The server already holds 2 workspaces, the reference server's limit (workspaces: 2). Reset the server (POST /__admin/reset) to start again from the seeded one." },
    });
  });

  test('API keys stop at keys_per_workspace', async () => {
    const { t, workspace } = await serverWith({ keysPerWorkspace: 2 });
    expect((await t.admin('POST', '/keys', { workspace_id: workspace.id, name: 'second', permissions: [] })).status).toBe(201);
    const refused = await t.admin('POST', '/keys', { workspace_id: workspace.id, name: 'third', permissions: [] });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain(`Workspace ${workspace.id} already has 2 API keys, the reference server's limit (keys_per_workspace: 2)`);
  });

  test('fault rules stop at fault_rules until they are removed', async () => {
    const { t } = await serverWith({ faultRules: 2 });
    const rule = { method: 'GET', path: '/api/v1/public/users', status: 503 };
    for (let i = 0; i < 2; i += 1) expect((await t.admin('POST', '/faults', rule)).status).toBe(201);
    const refused = await t.admin('POST', '/faults', rule);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('There are already 2 fault rules, the reference server\'s limit (fault_rules: 2). Remove them with DELETE /__admin/faults');
    await t.admin('DELETE', '/faults');
    expect((await t.admin('POST', '/faults', rule)).status).toBe(201);
  });

  test('a limit must be a positive whole number', async () => {
    await expect(startTestServer({ limits: { recordsPerKind: 0 } })).rejects.toThrow('The limit recordsPerKind must be a positive whole number, not 0.');
  });
});

test('the README’s limits table gives every limit with the value the server enforces', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Limits'), readme.indexOf('\n## ', readme.indexOf('## Limits') + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| ')).map((line) => line.split(' | '));
  for (const [key, value] of Object.entries(DEFAULT_LIMITS) as [keyof ServerLimits, number][]) {
    const row = rows.find((cells) => cells[0]?.includes(`(\`${limitName(key)}\`)`));
    expect({ limit: key, value: row?.[1] }).toEqual({ limit: key, value: expect.stringContaining(formatLimit(value)) });
  }
  const paging = rows.find((cells) => cells[0]?.includes('page of'));
  expect(paging?.[1]).toBe(`${ADMIN_PAGE_SIZE.default} by default, ${formatLimit(ADMIN_PAGE_SIZE.max)} at most`);
});
