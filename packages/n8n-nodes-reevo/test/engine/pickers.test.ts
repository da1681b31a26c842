/** The record lists and dropdowns of the Reevo node, through n8n-core's LoadOptionsContext, against the reference server. */
import { EXAMPLE } from '@reevo/client';
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
		expect((await searchAccounts.call(context(), '')).results).toEqual([]);

		const jane = await searchContacts.call(context(), EXAMPLE.contactEmail);
		expect(jane.results[0]).toEqual({ name: `Jane Doe <${EXAMPLE.contactEmail}>`, value: EXAMPLE.contactId });
		const owned = await searchContacts.call(context(), EXAMPLE.ownerEmail);
		expect(owned.results.length).toBeGreaterThan(0);

		const opportunities = await searchOpportunities.call(context());
		expect(opportunities.results.length).toBeGreaterThan(1);
		const named = await searchOpportunities.call(context(), 'globex');
		expect(named.results.map((result) => result.name)).toEqual(['Globex - Pilot (Discovery)']);
	});

	it('offers the stages in use and the mailboxes of the chosen contact\'s owner', async () => {
		const stages = (await getStages.call(context())).map((option) => option.value);
		expect(stages).toEqual(expect.arrayContaining(['Discovery', 'Proposal', 'Closed Won']));

		const mailboxes = await getMailboxes.call(context({ contact_email: EXAMPLE.contactEmail }));
		expect(mailboxes.length).toBeGreaterThan(0);
		expect(await getMailboxes.call(context({ contact_email: '' }))).toEqual([]);
	});
});
