/** The connection test and label, and the hidden triggers behind every dropdown, against the demo workspace. */
import { connectionLabelProblems } from '../../../test-support/zapier-app-checks';
import { authentication, connectionLabel } from '../src/authentication';
import { LIST_KEYS } from '../src/keys';
import { DEMO } from './helpers/demo';
import { App } from './helpers/definitions';
import { performOf, useReferenceServer, type PerformFunction } from './helpers/live';
import { caught } from './helpers/zapier-errors';

describe('authentication against the reference server', () => {
  const live = useReferenceServer();
  const test = authentication.test as PerformFunction<{ host: string; key_name?: string }>;

  it('connects with a full key and labels the connection without the key', async () => {
    const workspace = await live.demoWorkspace();
    const info = await live.run(test, workspace.fullKey, { authData: { key_name: 'Zapier prod' } as never });
    const label = await live.run(connectionLabel, workspace.fullKey, { inputData: info });
    expect(label).toBe(`Zapier prod (${new URL(live.server.baseUrl).host})`);
    expect(label).not.toContain(workspace.fullKey);
  });

  it("D003: with no Key Name, two workspaces' connections are labelled apart, by a fingerprint that shows no part of the key", async () => {
    const keys = [(await live.demoWorkspace()).fullKey, (await live.demoWorkspace()).fullKey];
    const connections = await Promise.all(
      keys.map(async (key) => ({ label: await live.run(connectionLabel, key, { inputData: await live.run(test, key) }), secrets: [key] })),
    );
    expect(connections.map(({ label }) => label)).toEqual([expect.stringMatching(/^key [0-9a-f]{8} \(127\.0\.0\.1:\d+\)$/), expect.stringMatching(/^key [0-9a-f]{8} /)]);
    expect(connectionLabelProblems(connections)).toEqual([]);
  });

  it('connects any valid key, even one with no permission at all (its 403 proves the key)', async () => {
    const workspace = await live.demoWorkspace();
    await expect(live.run(test, await workspace.key([]), {})).resolves.toEqual({ host: new URL(live.server.baseUrl).host, key_name: expect.stringMatching(/^key [0-9a-f]{8}$/) });
  });

  it('refuses an unknown key and an expired one', async () => {
    const workspace = await live.demoWorkspace();
    const expired = await workspace.key('all');
    await workspace.expireKey(expired);
    expect((await caught(live.run(test, 'rv_wrong'))).name).toBe('ExpiredAuthError');
    expect((await caught(live.run(test, expired))).text).toMatch(/expired/);
  });

  it('refuses a base URL that would send the key in clear text', async () => {
    const error = await caught(live.run(test, 'any', { authData: { base_url: 'http://api.example.com' } as never }));
    expect(error.text).toMatch(/must start with https/);
  });
});

describe('dropdowns against the reference server', () => {
  const live = useReferenceServer();
  const list = (key: string) => performOf<{ id: string; label: string }[]>(App.triggers![key]! as { operation: { perform?: unknown } });

  const cases: [key: string, inputData: Record<string, unknown>, expected: { id: string; label: string }][] = [
    [LIST_KEYS.users, {}, { id: DEMO.ownerEmail, label: `Alex Morgan (${DEMO.ownerEmail})` }],
    [LIST_KEYS.accounts, {}, { id: DEMO.accountId, label: 'Acme (acme.com)' }],
    [LIST_KEYS.contacts, {}, { id: DEMO.contactId, label: `Jane Doe (${DEMO.contactEmail})` }],
    [LIST_KEYS.contacts, { account_id: DEMO.accountId }, { id: DEMO.contactId, label: `Jane Doe (${DEMO.contactEmail})` }],
    [LIST_KEYS.opportunities, { account_id: DEMO.accountId }, { id: DEMO.opportunityId, label: `${DEMO.opportunityName} (Qualified)` }],
    [LIST_KEYS.stages, {}, { id: 'Qualified', label: 'Qualified' }],
    [LIST_KEYS.pipelines, {}, { id: 'Renewals', label: 'Renewals' }],
    [LIST_KEYS.closedReasons, {}, { id: 'Product Fit', label: 'Product Fit' }],
    [LIST_KEYS.mailboxes, {}, { id: 'alex@mail.northwind.com', label: `alex@mail.northwind.com (${DEMO.ownerEmail})` }],
    [LIST_KEYS.mailboxes, { contact_email: DEMO.contactEmail }, { id: 'alex@mail.northwind.com', label: `alex@mail.northwind.com (${DEMO.ownerEmail})` }],
  ];

  it('tests every hidden list trigger', () => {
    expect([...new Set(cases.map(([key]) => key))].sort()).toEqual(Object.values(LIST_KEYS).sort());
  });

  it.each(cases)('%s (given %j) offers the demo records', async (key, inputData, expected) => {
    const workspace = await live.demoWorkspace();
    const items = await live.run(list(key), workspace.fullKey, { inputData });
    expect(items).toContainEqual(expect.objectContaining(expected));
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('narrows contacts and mailboxes to what the action already chose', async () => {
    const workspace = await live.demoWorkspace();
    const contacts = await live.run(list(LIST_KEYS.contacts), workspace.fullKey, { inputData: { account_id: DEMO.accountId } });
    expect(contacts.every((item) => item.label.endsWith('@acme.com)'))).toBe(true);
    const mailboxes = await live.run(list(LIST_KEYS.mailboxes), workspace.fullKey, { inputData: { contact_email: DEMO.contactEmail } });
    expect(mailboxes.map((item) => item.id)).toEqual(['alex@mail.northwind.com']);
  });

  it('lists stages in funnel order, as the n8n node does, not in the order opportunities last changed', async () => {
    const workspace = await live.demoWorkspace();
    // The pipeline most opportunities use first, then its prospect stages, deal stages and closed ones.
    const stages = await live.run(list(LIST_KEYS.stages), workspace.fullKey);
    expect(stages.map((item) => item.id)).toEqual(['Discovery', 'Proposal', 'Qualified', 'Closed Won', 'Upcoming']);
  });

  it('pages accounts with the page Zapier asks for', async () => {
    const workspace = await live.demoWorkspace();
    expect(await live.run(list(LIST_KEYS.accounts), workspace.fullKey, { meta: { page: 1 } as never })).toEqual([]);
  });

  it('still lists user emails for a key without Users Read', async () => {
    const workspace = await live.demoWorkspace();
    const key = await workspace.key(['opportunities:read', 'accounts:read']);
    expect(await live.run(list(LIST_KEYS.users), key)).toContainEqual({ id: DEMO.ownerEmail, email: DEMO.ownerEmail, label: DEMO.ownerEmail });
  });
});
