/** Workspaces isolate tenants: a key never reads or changes another workspace's records. */
import { EXAMPLE, ReevoNotFoundError } from '@reevo/client';
import type { AdminSession } from './target';

export function describeIsolation(session: () => AdminSession) {
  it('a key sees only its own workspace', async () => {
    const [first, second] = await Promise.all([session().admin.workspace('empty'), session().admin.workspace('empty')]);
    const a = session().client(first.fullKey);
    const b = session().client(second.fullKey);
    const account = await a.accounts.create({ name: 'Only In A', domain_name: 'only-in-a.example' });
    const { contact } = await a.accountContact.upsert({ email: 'shared@example.com', company: 'Only In A' });
    const hook = await a.webhooks.create({ url: 'http://127.0.0.1:9/hook', events: ['account.created'] });

    await expect(b.accounts.get({ account_id: account.id })).rejects.toBeInstanceOf(ReevoNotFoundError);
    await expect(b.accounts.update({ account_id: account.id, name: 'Taken' })).rejects.toBeInstanceOf(ReevoNotFoundError);
    await expect(b.contacts.get({ contact_id: contact.id })).rejects.toBeInstanceOf(ReevoNotFoundError);
    await expect(b.accounts.search({ domain_name: 'only-in-a' })).resolves.toEqual([]);
    await expect(b.contacts.search({ contact_email: 'shared@example.com' })).resolves.toEqual([]);
    await expect(b.accountContact.retrieve({ account_domain: 'only-in-a.example' })).rejects.toBeInstanceOf(ReevoNotFoundError);
    await expect(b.webhooks.get({ webhook_id: hook.id })).rejects.toBeInstanceOf(ReevoNotFoundError);
    await expect(b.webhooks.list()).resolves.toEqual([]);
    await expect(b.opportunities.create({ display_name: 'X', account_id: account.id })).rejects.toBeInstanceOf(ReevoNotFoundError);

    const inB = await b.accountContact.upsert({ email: 'shared@example.com' });
    expect(inB.contact_created).toBe(true);
    expect(inB.contact.id).not.toBe(contact.id);
    await expect(a.accounts.get({ account_id: account.id })).resolves.toMatchObject({ name: 'Only In A' });
  });

  it('an empty workspace has no demo records', async () => {
    const empty = await session().admin.workspace('empty');
    await expect(session().client(empty.fullKey).accounts.get({ account_id: EXAMPLE.accountId })).rejects.toBeInstanceOf(ReevoNotFoundError);
  });
}
