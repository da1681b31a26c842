/**
 * A key never reads or writes another workspace's records, for every catalog operation: a key of an empty
 * workspace sends each operation's catalog example (whose ids and emails are the demo workspace's records) and
 * must neither change the demo workspace nor see any of its record ids or its webhook secret.
 */
import { operations, type OperationSpec } from '@integration-pack/core/reevo/api';
import { snapshotWorkspaceState } from '../../src/domain/state';
import { createReferenceServer, type ReferenceServer } from '../../src/server';
import type { Workspace } from '../../src/runtime/workspaces';
import { pathOf, queryString } from './request-generator';

let server: ReferenceServer;
let owner: Workspace;
let intruderKey: string;
let ownerWebhook: { id: string; secret: string };

function exampleRequest(operation: OperationSpec, key: string, overrides: Record<string, string> = {}) {
  const example = operation.examples[0]?.request ?? {};
  const params = { ...(example.params as Record<string, string> | undefined), ...overrides };
  const query = { ...(example.query as Record<string, string> | undefined), payload_type: 'json' };
  const request = {
    method: operation.method,
    url: `${pathOf(operation, params)}${queryString(query)}`,
    headers: { 'x-api-key': key, ...(example.body ? { 'content-type': 'application/json' } : {}) },
    ...(example.body ? { payload: JSON.stringify(example.body) } : {}),
  };
  return server.app.inject(request).then((answer) => ({ answer, sent: `${request.url} ${request.payload ?? ''}` }));
}

/** Every id of the owner's tenant data (the directory of users, mailboxes and sequences is seeded into both). */
function ownerRecordIds(): string[] {
  const { accounts, contacts, opportunities, tasks, activities, enrollments, webhooks } = owner.state;
  return [accounts, contacts, opportunities, tasks, activities, enrollments, webhooks].flatMap((records) => [...records.keys()]);
}

beforeAll(async () => {
  server = await createReferenceServer({ seed: null, timeScale: 1 });
  owner = server.runtime.createWorkspace({ seed: 'demo' });
  const intruder = server.runtime.createWorkspace({ seed: 'empty' });
  intruderKey = server.runtime.createKey({ workspaceId: intruder.id, name: 'intruder', permissions: operations.flatMap((operation) => operation.permissions) }).key;
  // The owner runs every example once, so it has records of every kind (tasks, activities, enrollments) too.
  const fullOwnerKey = server.runtime.createKey({ workspaceId: owner.id, name: 'owner full', permissions: operations.flatMap((operation) => operation.permissions) }).key;
  for (const operation of operations.filter((candidate) => candidate.method !== 'DELETE')) await exampleRequest(operation, fullOwnerKey);
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/public/webhooks',
    headers: { 'x-api-key': fullOwnerKey, 'content-type': 'application/json' },
    payload: JSON.stringify({ url: 'http://127.0.0.1:9/owner-hook', events: ['account.created', 'account.updated', 'contact.created', 'contact.updated'] }),
  });
  ownerWebhook = created.json();
});
afterAll(() => server.close());

test('the owner workspace has records of every kind, so every operation has something to reach for', () => {
  const { accounts, contacts, opportunities, tasks, activities, enrollments, webhooks } = owner.state;
  for (const records of [accounts, contacts, opportunities, tasks, activities, enrollments, webhooks]) expect(records.size).toBeGreaterThan(0);
});

test.each(operations.map((operation) => [operation.operationId, operation] as const))('%s with another workspace\'s key neither reads nor writes the owner\'s records', async (_id, operation) => {
  const before = snapshotWorkspaceState(owner.state);
  const deliveriesBefore = server.runtime.webhooks.deliveries({ workspaceId: owner.id }).length;
  const ids = ownerRecordIds();

  const { answer, sent } = await exampleRequest(operation, intruderKey, operation.path.includes('{webhook_id}') ? { webhook_id: ownerWebhook.id } : {});

  expect([operation.successStatus, 400, 404, 409]).toContain(answer.statusCode);
  // An id the request itself named may be echoed ("Account <id> not found"); any other of the owner's is a leak.
  for (const id of ids.filter((candidate) => !sent.includes(candidate))) expect(answer.body).not.toContain(id);
  expect(answer.body).not.toContain(ownerWebhook.secret);
  expect(snapshotWorkspaceState(owner.state)).toEqual(before);
  expect(server.runtime.webhooks.deliveries({ workspaceId: owner.id })).toHaveLength(deliveriesBefore);
});

test('reads by id of the owner\'s records answer 404 to another workspace\'s key', async () => {
  const byId = operations.filter((operation) => operation.method === 'GET' && operation.params);
  for (const operation of byId) {
    const { answer } = await exampleRequest(operation, intruderKey, operation.path.includes('{webhook_id}') ? { webhook_id: ownerWebhook.id } : {});
    expect({ operation: operation.operationId, status: answer.statusCode }).toEqual({ operation: operation.operationId, status: 404 });
  }
});
