/**
 * Every instant trigger end to end: subscribe through the Webhooks endpoints, make the change with the app's own
 * actions, take the signed delivery Reevo sends to the hook URL through `perform` as Zapier hands it (raw body and
 * `Http-` headers), compare it with `performList`, and unsubscribe. Then the signature checks on forged deliveries.
 */
import { sampleEvent, type EventType } from '@integration-pack/core/reevo/api';
import type { EventTriggerOperations } from '../src/platform/factories/event-trigger';
import { CREATE_KEYS, TRIGGER_KEYS } from '../src/keys';
import { DEMO } from './helpers/demo';
import { App, hookTriggers } from './helpers/definitions';
import { performOf, useReferenceServer, type LiveServer, type TestWorkspace } from './helpers/live';
import { liveResultProblems } from '../../../test-support/zapier-app-checks';
import { describeDeliveryChecks } from '../../../test-support/zapier-delivery-checks';
import { startHookReceiver, type HookReceiver } from '../../../test-support/zapier-hook-receiver';

type Cause = [createKey: string, inputData: Record<string, unknown>];

/** For each trigger: its event, and an action of the app that makes Reevo emit it. */
const cases: [key: string, event: EventType, cause: Cause][] = [
  [TRIGGER_KEYS.newAccount, 'account.created', [CREATE_KEYS.createAccount, { name: 'Hook Co', domain_name: 'hookco.example' }]],
  [TRIGGER_KEYS.updatedAccount, 'account.updated', [CREATE_KEYS.updateAccount, { account_id: DEMO.accountId, name: 'Acme Corporation' }]],
  [TRIGGER_KEYS.newContact, 'contact.created', [CREATE_KEYS.createOrUpdateContact, { email: 'new.hire@acme.com', first_name: 'New' }]],
  [TRIGGER_KEYS.updatedContact, 'contact.updated', [CREATE_KEYS.createOrUpdateContact, { email: DEMO.contactEmail, title: 'COO' }]],
  [TRIGGER_KEYS.newOpportunity, 'opportunity.created', [CREATE_KEYS.createOpportunity, { display_name: 'Acme - Hook Deal', account_id: DEMO.accountId }]],
  [TRIGGER_KEYS.updatedOpportunity, 'opportunity.updated', [CREATE_KEYS.updateOpportunity, { opportunity_id: DEMO.opportunityId, amount: '100000' }]],
  [TRIGGER_KEYS.opportunityStageChanged, 'opportunity.stage_changed', [CREATE_KEYS.changeOpportunityStage, { opportunity_id: DEMO.opportunityId, target_stage_name: 'Proposal' }]],
  [TRIGGER_KEYS.newTask, 'task.created', [CREATE_KEYS.createTask, { title: 'Hook task', owner_email: DEMO.ownerEmail }]],
  [TRIGGER_KEYS.newActivity, 'activity.created', [CREATE_KEYS.logActivity, { metadata__activity_time: '2026-11-22T15:30:00Z', metadata__subject: 'Hook', metadata__description: 'A call.' }]],
  [TRIGGER_KEYS.newSequenceEnrollment, 'sequence_enrollment.created', [CREATE_KEYS.addContactToSequence, { contact_email: DEMO.unenrolledContactEmail, sequence_id: DEMO.sequenceId }]],
];

const operations = (key: string) => App.triggers![key]!.operation as unknown as EventTriggerOperations;

async function listWebhookIds(live: LiveServer, key: string): Promise<string[]> {
  const response = await fetch(`${live.server.baseUrl}/api/v1/public/webhooks?payload_type=json`, { headers: { 'x-api-key': key } });
  return ((await response.json()) as { id: string }[]).map((webhook) => webhook.id);
}

describe('instant triggers against the reference server', () => {
  const live = useReferenceServer();
  let receiver: HookReceiver;
  beforeAll(async () => {
    receiver = await startHookReceiver();
  });
  afterAll(() => receiver.close());

  async function subscribe(workspace: TestWorkspace, key: string, path: string, inputData: Record<string, unknown> = {}) {
    return live.run(operations(key).performSubscribe, workspace.fullKey, { targetUrl: receiver.url(path), inputData });
  }

  async function cause(workspace: TestWorkspace, [createKey, inputData]: Cause) {
    await live.run(performOf(App.creates![createKey]!), workspace.fullKey, { inputData });
    await workspace.settleWebhooks();
  }

  it('tests every instant trigger', () => expect(cases.map(([key]) => key).sort()).toEqual(hookTriggers.map((trigger) => trigger.key).sort()));

  it.each(cases)('%s subscribes, turns a delivery into the hook shape performList also has, and unsubscribes', async (key, event, causeOf) => {
    const workspace = await live.demoWorkspace();
    const path = `/${key}`;
    const subscription = await subscribe(workspace, key, path);
    expect(subscription).toEqual({ id: expect.any(String), secret: expect.stringMatching(/^whsec_/), url: receiver.url(path), events: [event] });

    await cause(workspace, causeOf);
    const [delivery] = receiver.deliveries(path);
    expect(delivery?.cleanedRequest).toMatchObject({ type: event });
    const hookItems = await live.run(operations(key).perform, workspace.fullKey, { ...delivery, subscribeData: subscription });
    expect(hookItems).toHaveLength(1);
    expect(hookItems[0]).toMatchObject({ event_type: event, id: (delivery?.cleanedRequest as { data: { id: string } }).data.id });

    const listed = await live.run(operations(key).performList, workspace.fullKey);
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(Object.keys(item).sort()).toEqual(Object.keys(hookItems[0]!).sort());
    for (const item of [...hookItems, ...listed]) expect(liveResultProblems(item, App.triggers![key]!)).toEqual([]);

    await live.run(operations(key).performUnsubscribe, workspace.fullKey, { subscribeData: subscription });
    expect(await listWebhookIds(live, workspace.fullKey)).not.toContain(subscription.id);
  });

  it('gives every Zap its own subscription, and unsubscribing one leaves the other', async () => {
    const workspace = await live.demoWorkspace();
    const first = await subscribe(workspace, TRIGGER_KEYS.newAccount, '/zap-1');
    const second = await subscribe(workspace, TRIGGER_KEYS.newAccount, '/zap-2');
    expect(first.id).not.toBe(second.id);
    await live.run(operations(TRIGGER_KEYS.newAccount).performUnsubscribe, workspace.fullKey, { subscribeData: first });
    await cause(workspace, [CREATE_KEYS.createAccount, { name: 'Two Zaps', domain_name: 'twozaps.example' }]);
    expect(receiver.bodies('/zap-1')).toEqual([]);
    expect(receiver.bodies('/zap-2')).toEqual([expect.objectContaining({ type: 'account.created' })]);
    expect(await listWebhookIds(live, workspace.fullKey)).toEqual([second.id]);
  });

  it('unsubscribes quietly when the subscription is already gone', async () => {
    const workspace = await live.demoWorkspace();
    const subscription = await subscribe(workspace, TRIGGER_KEYS.newTask, '/gone');
    const unsubscribe = operations(TRIGGER_KEYS.newTask).performUnsubscribe;
    await live.run(unsubscribe, workspace.fullKey, { subscribeData: subscription });
    await expect(live.run(unsubscribe, workspace.fullKey, { subscribeData: subscription })).resolves.toMatchObject({ id: subscription.id });
  });

  it('filters stage changes by the chosen stage, live and in performList', async () => {
    const workspace = await live.demoWorkspace();
    const key = TRIGGER_KEYS.opportunityStageChanged;
    const inputData = { stage_name: 'Negotiation' };
    const subscription = await subscribe(workspace, key, '/stage', inputData);
    await cause(workspace, [CREATE_KEYS.changeOpportunityStage, { opportunity_id: DEMO.opportunityId, target_stage_name: 'Proposal' }]);
    await cause(workspace, [CREATE_KEYS.changeOpportunityStage, { opportunity_id: DEMO.opportunityId, target_stage_name: 'Negotiation' }]);
    const [toProposal, toNegotiation] = receiver.deliveries('/stage');
    const perform = (delivery: unknown) => live.run(operations(key).perform, workspace.fullKey, { ...(delivery as object), subscribeData: subscription, inputData });
    expect(await perform(toProposal)).toEqual([]);
    expect(await perform(toNegotiation)).toEqual([expect.objectContaining({ stage_name: 'Negotiation', changes: { stage_name: { from: 'Proposal', to: 'Negotiation' } } })]);
    const listed = await live.run(operations(key).performList, workspace.fullKey, { inputData });
    expect(listed.map((item) => item.stage_name)).toEqual(['Negotiation']);
  });

});

describe('signature checks of every delivery', () => {
  const live = useReferenceServer();
  describeDeliveryChecks('New Contact', {
    run: async (bundle) => live.run(operations(TRIGGER_KEYS.newContact).perform, 'key-unused-by-perform', bundle),
    event: sampleEvent('contact.created'),
    otherEvent: sampleEvent('account.created'),
    apiName: 'Reevo',
  });
});
