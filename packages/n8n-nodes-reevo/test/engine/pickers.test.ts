/** The record lists and dropdowns of the Reevo node, through n8n-core's LoadOptionsContext, against the reference server. */
import { createReevoClient, EXAMPLE } from '@reevo/client';
import { searchAccounts, searchContacts, searchOpportunities } from '../../nodes/Reevo/methods/listSearch';
import { getMailboxes, getStages } from '../../nodes/Reevo/methods/loadOptions';
import { loadOptionsContext, shutdownEngine } from '../support/engine';
import { startReferenceServer, type ReferenceServerHandle } from '../support/reference-server';

let server: ReferenceServerHandle;
let context: (parameters?: Parameters<typeof loadOptionsContext>[1]) => ReturnType<typeof loadOptionsContext>;
beforeAll(async () => {
	server = await startReferenceServer();
	const workspace = await server.createWorkspace({ seed: 'demo' });
	context = (parameters = {}) => loadOptionsContext({ apiKey: workspace.fullKey, baseUrl: server.baseUrl }, parameters);
});
afterAll(async () => {
	await server.close();
	await shutdownEngine();
});

describe('record lists and dropdowns', () => {
	it('lists accounts by domain text, contacts by exact email (theirs or their owner\'s), and opportunities by name', async () => {
		const accounts = await searchAccounts.call(context(), 'acme');
		expect(accounts.results).toContainEqual({ name: 'Acme (acme.com)', value: EXAMPLE.accountId });

		// An empty filter lists accounts at once (newest first, paged), as the opportunity list does.
		const all = await searchAccounts.call(context(), '');
		expect(all.results.map((result) => result.name)).toEqual([
			'Acme (acme.com)',
			'Stark Industries (starkindustries.com)',
			'Umbrella Corporation (umbrella-corp.com)',
			'Initech (initech.com)',
			'Globex (globex.com)',
		]);
		expect(all.paginationToken).toBeUndefined();
		expect(await searchAccounts.call(context())).toEqual(all);

		const jane = await searchContacts.call(context(), EXAMPLE.contactEmail);
		expect(jane.results[0]).toEqual({ name: `Jane Doe <${EXAMPLE.contactEmail}>`, value: EXAMPLE.contactId });
		const owned = await searchContacts.call(context(), EXAMPLE.ownerEmail);
		expect(owned.results.length).toBeGreaterThan(0);

		// An empty filter lists the contacts of the people who own the newest accounts, instead of waiting for an email.
		const known = await searchContacts.call(context(), '');
		expect(known.results.map((result) => result.name).sort()).toEqual([
			'Bill Lumbergh <bill.lumbergh@initech.com>',
			'Hank Scorpio <hank.scorpio@globex.com>',
			`Jane Doe <${EXAMPLE.contactEmail}>`,
			'John Smith <john.smith@acme.com>',
			'Maria Garcia <maria.garcia@globex.com>',
			'Pepper Potts <pepper.potts@starkindustries.com>',
			'Peter Gibbons <peter.gibbons@initech.com>',
		]);
		expect(known.paginationToken).toBeUndefined();

		const opportunities = await searchOpportunities.call(context());
		expect(opportunities.results.length).toBeGreaterThan(1);
		const named = await searchOpportunities.call(context(), 'globex');
		// The stage is not in the name n8n keeps on the node, so the name does not go stale after Shift Stage.
		expect(named.results).toEqual([{ name: 'Globex - Pilot', value: expect.any(String), description: 'Discovery · Sales pipeline' }]);
	});

	it('offers the stages in use and the mailboxes of the chosen contact\'s owner', async () => {
		// Funnel order: the pipeline most opportunities use first, prospect stages, then deal stages, then closed ones.
		const stages = await getStages.call(context());
		expect(stages.map((option) => option.value)).toEqual(['Discovery', 'Proposal', 'Qualified', 'Closed Won', 'Upcoming']);
		expect(stages[0]).toEqual({ name: 'Discovery', value: 'Discovery', description: 'In the Sales pipeline' });

		const mailboxes = await getMailboxes.call(context({ contact_email: EXAMPLE.contactEmail }));
		expect(mailboxes.length).toBeGreaterThan(0);
		expect(await getMailboxes.call(context({ contact_email: '' }))).toEqual([]);
	});

	it('pages the account list of an empty filter, 50 at a time', async () => {
		const workspace = await server.createWorkspace();
		const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		for (let index = 0; index < 51; index++) await client.accounts.create({ name: `Company ${index}`, domain_name: `company${index}.example` });
		const own = () => loadOptionsContext({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		const first = await searchAccounts.call(own(), '');
		expect(first.results).toHaveLength(50);
		const second = await searchAccounts.call(own(), '', first.paginationToken as string);
		expect(second.results.map((result) => result.name)).toEqual(['Company 0 (company0.example)']);
		expect(second.paginationToken).toBeUndefined();
	});

	it("pages the contact list of an empty filter across owners, 50 at a time, and gives none to a key that cannot read accounts", async () => {
		const workspace = await server.createWorkspace({ seed: 'demo' });
		const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		for (let index = 0; index < 45; index++) {
			await client.accountContact.upsert({ email: `person${index}@initech.com`, contact_owner_email: 'sam.lee@northwind.com' });
		}
		const own = (apiKey = workspace.fullKey) => loadOptionsContext({ apiKey, baseUrl: server.baseUrl });
		const first = await searchContacts.call(own(), '');
		expect(first.results).toHaveLength(50);
		const second = await searchContacts.call(own(), '', first.paginationToken as string);
		const all = [...first.results, ...second.results].map((result) => result.value);
		expect(new Set(all).size).toBe(45 + 7);
		expect(second.paginationToken).toBeUndefined();

		const contactsOnly = await workspace.key(['contacts:read']);
		expect(await searchContacts.call(own(contactsOnly), '')).toEqual({ results: [] });
		expect((await searchContacts.call(own(contactsOnly), EXAMPLE.contactEmail)).results[0]?.value).toBe(EXAMPLE.contactId);
	});

	it("pages on through an owner's contacts when the email is a contact's too, so a first page of 51 is not the last", async () => {
		const workspace = await server.createWorkspace({ seed: 'demo' });
		const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		const owner = 'sam.lee@northwind.com';
		for (let index = 0; index < 50; index++) await client.accountContact.upsert({ email: `person${index}@initech.com`, contact_owner_email: owner });
		// The owner is also someone's contact: the search lists that contact ahead of the owner's own.
		await client.accountContact.upsert({ email: owner, contact_owner_email: 'priya.shah@northwind.com' });
		const owned = await client.contacts.search({ owner_email: owner, limit: 200 });
		expect(owned.length).toBeGreaterThan(50);

		const own = () => loadOptionsContext({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		const first = await searchContacts.call(own(), owner);
		expect(first.results).toHaveLength(51);
		expect(first.paginationToken).toBeDefined();
		const second = await searchContacts.call(own(), owner, first.paginationToken as string);
		const listed = [...first.results, ...second.results].map((result) => result.value);
		expect(new Set(listed).size).toBe(owned.length + 1);
	});
});
