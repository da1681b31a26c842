/**
 * Compile-time checks of the client's types (run by `npm run typecheck`, not by jest): inputs come from the
 * catalog's zod input types and results from its output types, so a wrong call does not compile.
 */
import { createReevoClient, type Account, type Contact } from '@reevo/client';

export async function typedUsage(): Promise<void> {
  const client = createReevoClient({ apiKey: 'key' });

  const account: Account = await client.accounts.create({ name: 'Acme', domain_name: 'acme.com' });
  const domain: string | null = account.domain_name;
  const upsert = await client.accountContact.upsert({ email: 'jane.doe@acme.com', company: 'Acme' });
  const contact: Contact = upsert.contact;
  const created: boolean = upsert.contact_created;
  const subscriptions = await client.webhooks.list();
  const noBody: void = await client.webhooks.delete({ webhook_id: subscriptions[0]!.id });
  for await (const opportunity of client.opportunities.searchAll({ status: 'DEAL' })) {
    const stage: string = opportunity.stage_name;
    void stage;
  }
  void [domain, contact, created, noBody];

  // @ts-expect-error the account id is required
  await client.accounts.get({});
  // @ts-expect-error names are strings
  await client.accounts.create({ name: 42 });
  // @ts-expect-error status is PROSPECT or DEAL
  await client.opportunities.search({ status: 'WON' });
  // @ts-expect-error there is no delete for accounts
  await client.accounts.delete({ account_id: 'x' });
  // @ts-expect-error searchAll pages by itself: no offset
  client.accounts.searchAll({ domain_name: 'acme.com', offset: 5 });
}
