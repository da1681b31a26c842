/**
 * Compile-time checks of the client's types (run by `npm run typecheck`, not by jest): inputs come from the
 * catalog's zod input types and results from its output types, so a wrong call does not compile.
 */
import { createReevoClient, sampleEvent, verifyWebhook, type Account, type Contact, type WebhookEventOf } from '@reevo/client';

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

/** Response and event types list only the catalog's fields: unknown fields are kept at run time, typos do not compile. */
export async function misspelledFields(): Promise<void> {
  const client = createReevoClient({ apiKey: 'key' });
  const account = await client.accounts.get({ account_id: 'id' });
  void account.name;
  // @ts-expect-error a misspelled response field
  void account.acount_name;
  const upsert = await client.accountContact.upsert({ email: 'jane.doe@acme.com' });
  // @ts-expect-error a misspelled field of a nested object
  void upsert.contact.emial;
  // @ts-expect-error a misspelled field of a named object type
  void ({} as Account).domian_name;
  // records keep their keys open
  void account.custom_fields['any_custom_field'];

  const event = verifyWebhook({ payload: '', headers: {}, secret: 'whsec_x' });
  if (event.type === 'opportunity.stage_changed') {
    void event.data.stage_name;
    // @ts-expect-error a misspelled event data field
    void event.data.stage_nme;
    void event.changes?.['stage_name'];
  }
  const sample: WebhookEventOf<'contact.created'> = sampleEvent('contact.created');
  // @ts-expect-error a misspelled envelope field
  void sample.created;
}
