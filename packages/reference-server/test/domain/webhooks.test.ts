import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { activeSubscriptionsFor, disableSubscription } from '../../src/domain/rules/webhook-subscriptions';
import { createTestWorkspace, LOOPBACK_ONLY, START_TIME, testId } from './support/workspace';

const URL = 'http://127.0.0.1:4000/hooks';

function withSubscriptions() {
  const workspace = createTestWorkspace('empty');
  const contacts = workspace.call('createWebhook', { body: { url: URL, events: ['contact.created', 'contact.updated', 'contact.created'], description: 'Contacts' } });
  workspace.advance(1);
  const deals = workspace.call('createWebhook', { body: { url: `${URL}/deals`, events: ['opportunity.stage_changed', 'contact.created'] } });
  return { workspace, contacts, deals };
}

describe('createWebhook', () => {
  it('answers the new subscription with its secret, events once each, active', () => {
    const { workspace, contacts } = withSubscriptions();
    expect(contacts).toEqual({
      id: testId(1),
      url: URL,
      events: ['contact.created', 'contact.updated'],
      description: 'Contacts',
      status: 'active',
      created_at: START_TIME,
      secret: 'whsec_test_secret_1',
    });
    expect(workspace.events).toEqual([]);
  });

  it('refuses a URL the server\'s policy refuses, with the policy\'s reason', () => {
    const workspace = createTestWorkspace('empty');
    const error = workspace.fail('createWebhook', { body: { url: 'https://hooks.example.com/reevo', events: ['contact.created'] } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe(`url: ${LOOPBACK_ONLY}`);
    expect(error.details).toEqual({ field: 'url', url: 'https://hooks.example.com/reevo' });
    expect(workspace.state.webhooks.size).toBe(0);
  });
});

describe('listWebhooks and getWebhook', () => {
  it('list newest first and never show the secret', () => {
    const { workspace, contacts, deals } = withSubscriptions();
    const listed = workspace.call('listWebhooks');
    expect(listed.map((subscription) => subscription.id)).toEqual([deals.id, contacts.id]);
    listed.forEach((subscription) => expect(subscription).not.toHaveProperty('secret'));
    const { secret: _secret, ...shown } = contacts;
    expect(workspace.call('getWebhook', { params: { webhook_id: contacts.id } })).toEqual(shown);
  });

  it('answer 404 for an unknown subscription', () => {
    const error = createTestWorkspace().fail('getWebhook', { params: { webhook_id: EXAMPLE.webhookId } });
    expect([error.errorName, error.message]).toEqual(['NotFoundError', `Webhook subscription ${EXAMPLE.webhookId} not found.`]);
  });
});

describe('deleteWebhook', () => {
  it('removes the subscription and answers nothing; a second delete is 404', () => {
    const { workspace, contacts } = withSubscriptions();
    expect(workspace.call('deleteWebhook', { params: { webhook_id: contacts.id } })).toBeUndefined();
    expect(workspace.state.webhooks.has(contacts.id)).toBe(false);
    expect(workspace.fail('deleteWebhook', { params: { webhook_id: contacts.id } }).errorName).toBe('NotFoundError');
  });
});

describe('delivery helpers', () => {
  it('activeSubscriptionsFor answers the active subscriptions to an event, oldest first, with secrets', () => {
    const { workspace, contacts, deals } = withSubscriptions();
    expect(activeSubscriptionsFor(workspace.state, 'contact.created')).toEqual([contacts, deals]);
    expect(activeSubscriptionsFor(workspace.state, 'contact.updated')).toEqual([contacts]);
    expect(activeSubscriptionsFor(workspace.state, 'task.created')).toEqual([]);
  });

  it('disableSubscription stops deliveries and shows as disabled; an unknown id answers undefined', () => {
    const { workspace, contacts, deals } = withSubscriptions();
    expect(disableSubscription(workspace.state, contacts.id)).toEqual({ ...contacts, status: 'disabled' });
    expect(activeSubscriptionsFor(workspace.state, 'contact.created')).toEqual([deals]);
    expect(workspace.call('getWebhook', { params: { webhook_id: contacts.id } }).status).toBe('disabled');
    expect(disableSubscription(workspace.state, testId(99))).toBeUndefined();
  });
});
