/**
 * The Reevo node in n8n's real execution engine against the reference server over loopback: every operation,
 * Return All paging, continue-on-fail, a missing permission, and payload_type=json on every request.
 */
import { createReevoClient, EXAMPLE } from '@reevo/client';
import type { INodeParameters } from 'n8n-workflow';
import { runReevoNode, shutdownEngine } from '../support/engine';
import { startReferenceServer, type ReferenceServerHandle, type TestWorkspace } from '../support/reference-server';

let server: ReferenceServerHandle;
beforeAll(async () => {
	server = await startReferenceServer();
});
afterAll(async () => {
	await server.close();
	await shutdownEngine();
});

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const byUrl = (value: string) => ({ __rl: true, mode: 'url', value });

async function demo(): Promise<{ workspace: TestWorkspace; run: (parameters: INodeParameters, key?: string) => ReturnType<typeof runReevoNode> }> {
	const workspace = await server.createWorkspace({ seed: 'demo' });
	const run = async (parameters: INodeParameters, key = workspace.fullKey) =>
		await runReevoNode({ credentials: { apiKey: key, baseUrl: server.baseUrl }, parameters });
	return { workspace, run };
}

function only<T>(result: { items: Array<{ json: T }>; error: unknown }): T {
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(1);
	return result.items[0]!.json;
}

describe('Reevo node in the n8n engine against the reference server', () => {
	it('creates, gets (by URL), updates and searches accounts', async () => {
		const { run } = await demo();
		const created = only(
			await run({ resource: 'account', operation: 'create', name: 'Wayne Enterprises', additionalFields: { domain_name: 'wayne.example', custom_fields: { field: [{ key: 'industry', value: 'Defense' }] } } }),
		) as { id: string; custom_fields: Record<string, unknown> };
		expect(created.custom_fields).toEqual({ industry: 'Defense' });

		const fetched = only(await run({ resource: 'account', operation: 'get', account_id: byUrl(`https://app.reevo.ai/accounts/${created.id}`) }));
		expect(fetched).toMatchObject({ id: created.id, name: 'Wayne Enterprises' });

		const updated = only(await run({ resource: 'account', operation: 'update', account_id: byId(created.id), updateFields: { name: 'Wayne Corp' } }));
		expect(updated).toMatchObject({ id: created.id, name: 'Wayne Corp', domain_name: 'wayne.example' });

		const found = await run({ resource: 'account', operation: 'search', domain_name: 'wayne', returnAll: true });
		expect(found.items.map((item) => item.json.id)).toEqual([created.id]);
	});

	it('gets and searches contacts, upserts an account with a contact, and finds them together', async () => {
		const { run } = await demo();
		const upserted = only(
			await run({ resource: 'accountContact', operation: 'upsert', email: 'bruce@wayne.example', additionalFields: { first_name: 'Bruce', company: 'Wayne Enterprises', account_website: 'https://www.wayne.example' } }),
		) as { contact: { id: string }; contact_created: boolean; account: { domain_name: string } };
		expect(upserted).toMatchObject({ contact_created: true, account: { domain_name: 'wayne.example' } });

		const contact = only(await run({ resource: 'contact', operation: 'get', contact_id: byId(upserted.contact.id) }));
		expect(contact).toMatchObject({ email: 'bruce@wayne.example', first_name: 'Bruce' });

		const byEmail = await run({ resource: 'contact', operation: 'search', filters: { contact_email: 'BRUCE@wayne.example' }, returnAll: false, limit: 5 });
		expect(byEmail.items.map((item) => item.json.id)).toEqual([upserted.contact.id]);

		const together = only(await run({ resource: 'accountContact', operation: 'get', findBy: 'account_domain', account_domain: 'wayne.example' })) as { contacts: unknown[] };
		expect(together.contacts).toHaveLength(1);
	});

	it('creates, updates, gets, searches and shifts the stage of an opportunity', async () => {
		const { run } = await demo();
		const account = only(await run({ resource: 'account', operation: 'create', name: 'Tyrell', additionalFields: {} })) as { id: string };
		const created = only(
			await run({ resource: 'opportunity', operation: 'create', display_name: 'Tyrell - Replicants', account_id: byId(account.id), additionalFields: { amount: 5000 } }),
		) as { id: string; stage_name: string };
		expect(created.stage_name).toBe('Discovery');

		const updated = only(await run({ resource: 'opportunity', operation: 'update', opportunity_id: byId(created.id), updateFields: { next_step_details: 'Demo', amount: 7000 } }));
		expect(updated).toMatchObject({ amount: 7000, next_step_details: 'Demo' });

		const fetched = only(await run({ resource: 'opportunity', operation: 'get', opportunity_id: byId(created.id) }));
		expect(fetched).toMatchObject({ id: created.id });

		const found = await run({ resource: 'opportunity', operation: 'search', filters: { account_id: byId(account.id) }, returnAll: true });
		expect(found.items.map((item) => item.json.id)).toEqual([created.id]);

		const won = only(
			await run({ resource: 'opportunity', operation: 'shiftStage', opportunity_id: byId(created.id), target_stage_name: 'Closed Won', additionalFields: { closed_reason_names: 'Product Fit' } }),
		);
		expect(won).toMatchObject({ stage_name: 'Closed Won', closed_reason_names: ['Product Fit'] });
	});

	it('creates a task, logs an activity, gets a user, lists mailboxes and enrolls a contact', async () => {
		const { run } = await demo();
		const task = only(await run({ resource: 'task', operation: 'create', title: 'Call Jane', owner_email: EXAMPLE.ownerEmail, additionalFields: { priority: 'HIGH', contact_emails: EXAMPLE.contactEmail } }));
		expect(task).toMatchObject({ title: 'Call Jane', priority: 'HIGH', status: 'OPEN', contact_emails: [EXAMPLE.contactEmail] });

		const activity = only(
			await run({ resource: 'activity', operation: 'log', activity_time: '2026-11-22T15:30:00Z', subject: 'Texted Jane', description: 'Confirmed the demo', additionalFields: { category: 'TEXT', contact_ids: EXAMPLE.contactId } }),
		);
		expect(activity).toMatchObject({ metadata: { subject: 'Texted Jane', category: 'TEXT' }, contact_ids: [EXAMPLE.contactId] });

		const user = only(await run({ resource: 'user', operation: 'get', email: EXAMPLE.ownerEmail }));
		expect(user).toMatchObject({ email: EXAMPLE.ownerEmail });

		const mailboxes = await run({ resource: 'mailbox', operation: 'getAll', owner_user_email: EXAMPLE.ownerEmail });
		expect(mailboxes.error).toBeUndefined();
		expect(mailboxes.items.length).toBeGreaterThan(0);

		const enrollment = only(await run({ resource: 'sequenceEnrollment', operation: 'enroll', contact_email: EXAMPLE.contactEmail, sequence_id: EXAMPLE.sequenceId, additionalFields: {} }));
		expect(enrollment).toMatchObject({ contact_email: EXAMPLE.contactEmail, sequence_id: EXAMPLE.sequenceId });
	});

	it('returns all search results across pages of 200, and every request carries payload_type=json', async () => {
		const workspace = await server.createWorkspace({ seed: 'empty' });
		const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
		for (let index = 0; index < 205; index++) await client.accounts.create({ name: `Paging ${index}`, domain_name: `p${index}.paging.example` });

		const result = await runReevoNode({
			credentials: { apiKey: workspace.fullKey, baseUrl: server.baseUrl },
			parameters: { resource: 'account', operation: 'search', domain_name: 'paging.example', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(205);

		const journal = await workspace.journal();
		const searches = journal.filter((entry) => entry.operationId === 'searchAccounts');
		expect(searches.map((entry) => entry.status)).toEqual([200, 200]);
		expect(journal.every((entry) => entry.payloadType === 'json')).toBe(true);
	});

	it('with continue-on-fail, turns a failed item into an error item and still runs the others', async () => {
		const workspace = await server.createWorkspace({ seed: 'demo' });
		const result = await runReevoNode({
			credentials: { apiKey: workspace.fullKey, baseUrl: server.baseUrl },
			parameters: { resource: 'contact', operation: 'get', contact_id: byId('={{ $json.id }}') },
			items: [{ id: '00000000-0000-4000-8000-000000000000' }, { id: EXAMPLE.contactId }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0]?.json.error).toMatch(/not found|no contact/i);
		expect(result.items[0]?.pairedItem).toEqual({ item: 0 });
		expect(result.items[1]?.json).toMatchObject({ id: EXAMPLE.contactId });
		expect(result.items[1]?.pairedItem).toEqual({ item: 1 });
	});

	it('fails with a NodeApiError that names the missing permission and the fix', async () => {
		const workspace = await server.createWorkspace({ seed: 'demo' });
		const readOnly = await workspace.key(['accounts:read']);
		const result = await runReevoNode({
			credentials: { apiKey: readOnly, baseUrl: server.baseUrl },
			parameters: { resource: 'accountContact', operation: 'upsert', email: 'new@acme.com', additionalFields: {} },
		});
		expect(result.items).toEqual([]);
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '403',
			message: expect.stringContaining('Accounts Write and Contacts Write permissions'),
			description: expect.stringContaining('Missing: Accounts Write (accounts:write), Contacts Write (contacts:write)'),
		});
	});
});
