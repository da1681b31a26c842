import { catalogEntries, operations } from '@integration-pack/core/reevo/api';
import { handlers } from '../../src/domain/handlers';
import type { OperationId } from '../../src/domain/handlers/define';
import { createTestWorkspace } from './support/workspace';

/**
 * Examples whose answers the demo workspace reproduces byte for byte. The others create records (new ids and
 * timestamps), change the Acme account (a new updated_at), or read webhook subscriptions, which the demo does
 * not seed (their deliveries would leave loopback).
 */
const REPRODUCED: readonly OperationId[] = [
  'getAccount',
  'searchAccounts',
  'getContact',
  'searchContacts',
  'getOpportunity',
  'searchOpportunities',
  'updateOpportunity',
  'shiftOpportunityStage',
  'searchUsers',
  'searchMailboxes',
  'retrieveAccountAndContacts',
];

describe('the handlers and the catalog', () => {
  it('have exactly one handler per catalog operation', () => {
    expect(Object.keys(handlers).sort()).toEqual(operations.map((operation) => operation.operationId).sort());
  });

  const examples = catalogEntries
    .filter(({ operation }) => (REPRODUCED as readonly string[]).includes(operation.operationId))
    .flatMap(({ operation }) => operation.examples.map((example) => ({ operationId: operation.operationId as OperationId, example })));

  it.each(examples.map((entry) => [`${entry.operationId} / ${entry.example.name}`, entry] as const))(
    'the catalog example %s answers as documented against the demo workspace',
    (_name, { operationId, example }) => {
      const workspace = createTestWorkspace('demo');
      expect(workspace.call(operationId, example.request)).toEqual(example.response.body);
      expect(workspace.events).toEqual([]);
    },
  );

  it('covers an example of every listed operation', () => {
    expect(new Set(examples.map((entry) => entry.operationId))).toEqual(new Set(REPRODUCED));
  });
});
