/** Every search: a hit returns the records, a miss (a 404 for the record included) returns []. */
import { liveResultProblems } from '../../../test-support/zapier-app-checks';
import { SEARCH_KEYS } from '../src/keys';
import { DEMO } from './helpers/demo';
import { App } from './helpers/definitions';
import { performOf, useReferenceServer } from './helpers/live';

const cases: [key: string, hit: Record<string, unknown>, expected: Record<string, unknown>, miss: Record<string, unknown>][] = [
  [SEARCH_KEYS.findAccount, { domain_name: 'acme.com' }, { id: DEMO.accountId }, { domain_name: 'nothing-here.example' }],
  [SEARCH_KEYS.findAccountById, { account_id: DEMO.accountId }, { id: DEMO.accountId, name: 'Acme' }, { account_id: DEMO.unknownId }],
  [SEARCH_KEYS.findContact, { contact_email: 'JANE.DOE@acme.com' }, { id: DEMO.contactId }, { contact_email: 'nobody@acme.com' }],
  [SEARCH_KEYS.findContactById, { contact_id: DEMO.contactId }, { email: DEMO.contactEmail }, { contact_id: DEMO.unknownId }],
  [
    SEARCH_KEYS.findAccountAndContacts,
    { contact_phone_number: DEMO.phone },
    { id: DEMO.accountId, account: expect.objectContaining({ name: 'Acme' }), contacts: [expect.objectContaining({ id: DEMO.contactId })] },
    { account_domain: 'nothing-here.example' },
  ],
  [SEARCH_KEYS.findOpportunity, { display_name: 'annual', account_id: DEMO.accountId }, { id: DEMO.opportunityId }, { display_name: 'no such deal' }],
  [SEARCH_KEYS.findOpportunityById, { opportunity_id: DEMO.opportunityId }, { display_name: DEMO.opportunityName }, { opportunity_id: DEMO.unknownId }],
  [SEARCH_KEYS.findUser, { email: DEMO.ownerEmail }, { email: DEMO.ownerEmail, first_name: 'Alex' }, { email: 'nobody@northwind.com' }],
  [SEARCH_KEYS.findMailbox, { owner_user_email: DEMO.ownerEmail }, { owner_user_email: DEMO.ownerEmail }, { owner_user_email: DEMO.userWithoutMailbox }],
];

describe('searches against the reference server', () => {
  const live = useReferenceServer();
  const search = (key: string) => performOf<Record<string, unknown>[]>(App.searches![key]!);

  it('tests every search', () => expect(cases.map(([key]) => key).sort()).toEqual(Object.keys(App.searches ?? {}).sort()));

  it.each(cases)('%s finds a match, as its static sample and output fields say (Zapier checks T004, T005), and answers [] for none', async (key, hit, expected, miss) => {
    const workspace = await live.demoWorkspace();
    const [first] = await live.run(search(key), workspace.fullKey, { inputData: hit });
    expect(first).toMatchObject(expected);
    expect(liveResultProblems(first!, App.searches![key]!)).toEqual([]);
    expect(await live.run(search(key), workspace.fullKey, { inputData: miss })).toEqual([]);
  });

  it('Find Contact asks for an email or an owner before calling Reevo, in the labels of its form', async () => {
    const workspace = await live.demoWorkspace();
    await expect(live.run(search(SEARCH_KEYS.findContact), workspace.fullKey, { inputData: {} })).rejects.toThrow(
      'Give at least one of Email or Owner Email, so Reevo knows what to look for. Nothing was sent to Reevo.',
    );
    expect(await workspace.journal()).toEqual([]);
  });

  it("says the catalog's one-of rule in the help text of each field it covers", () => {
    const helpTexts = (key: string) =>
      Object.fromEntries((App.searches![key]!.operation.inputFields as Array<{ key: string; helpText?: string }>).map((field) => [field.key, field.helpText ?? '']));
    const contact = helpTexts(SEARCH_KEYS.findContact);
    for (const key of ['contact_email', 'owner_email']) expect(contact[key]).toMatch(/ Give at least one of Email or Owner Email\.$/);
    const lookup = helpTexts(SEARCH_KEYS.findAccountAndContacts);
    for (const key of ['contact_email', 'contact_phone_number', 'account_domain']) {
      expect(lookup[key]).toMatch(/ Give exactly one of Contact Email, Contact Phone Number or Account Domain\.$/);
    }
  });

  it('Find Account and Contacts asks for exactly one lookup', async () => {
    const workspace = await live.demoWorkspace();
    await expect(
      live.run(search(SEARCH_KEYS.findAccountAndContacts), workspace.fullKey, { inputData: { contact_email: DEMO.contactEmail, account_domain: 'acme.com' } }),
    ).rejects.toThrow(/exactly one of Contact Email, Contact Phone Number or Account Domain/);
    expect(await workspace.journal()).toEqual([]);
  });
});
