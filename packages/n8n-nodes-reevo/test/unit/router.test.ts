import { EXAMPLE, EXAMPLE_ACCOUNT, EXAMPLE_CONTACT, EXAMPLE_TASK } from '@reevo/client/core';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { executeWith } from '../support/fake-context';

const ok = (body: unknown) => ({ statusCode: 200, body });
const contacts = (count: number, from = 0) =>
	Array.from({ length: count }, (_, index) => ({ ...EXAMPLE_CONTACT, email: `c${from + index}@acme.com` }));

describe('router over the n8n transport', () => {
	it('sends one client call per item through httpRequestWithAuthentication, with payload_type=json and no key of its own', async () => {
		const run = await executeWith(
			[
				{ resource: 'account', operation: 'get', account_id: { __rl: true, mode: 'id', value: EXAMPLE.accountId } },
				{
					resource: 'account',
					operation: 'get',
					account_id: { __rl: true, mode: 'url', value: `https://app.reevo.ai/accounts/${EXAMPLE.accountId}/overview` },
				},
			],
			() => ok(EXAMPLE_ACCOUNT),
		);
		expect(run.requests).toHaveLength(2);
		for (const request of run.requests) {
			expect(request.url).toBe(`http://reevo.test/api/v1/public/accounts/${EXAMPLE.accountId}?payload_type=json`);
			expect(request.method).toBe('GET');
			expect(request.returnFullResponse).toBe(true);
			expect(request.ignoreHttpStatusErrors).toBe(true);
			expect(Object.keys(request.headers ?? {})).not.toContain('x-api-key');
		}
		expect(run.output).toEqual([EXAMPLE_ACCOUNT, EXAMPLE_ACCOUNT]);
		expect(run.pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('maps required, optional, list, date and custom-field parameters into the body', async () => {
		const run = await executeWith(
			[
				{
					resource: 'task',
					operation: 'create',
					title: 'Call Jane',
					owner_email: EXAMPLE.ownerEmail,
					additionalFields: {
						priority: 'HIGH',
						contact_emails: 'jane.doe@acme.com, john@acme.com',
						due_at: '2026-11-30T17:00:00Z',
						account_id: { __rl: true, mode: 'list', value: EXAMPLE.accountId },
					},
				},
			],
			() => ok(EXAMPLE_TASK),
		);
		expect(run.requests[0]?.body).toEqual({
			title: 'Call Jane',
			owner_email: EXAMPLE.ownerEmail,
			priority: 'HIGH',
			status: 'OPEN',
			type: 'REMINDER',
			contact_emails: ['jane.doe@acme.com', 'john@acme.com'],
			due_at: '2026-11-30T17:00:00Z',
			account_id: EXAMPLE.accountId,
		});
	});

	it('nests flattened fields back under their object and clears custom fields in an update', async () => {
		const activity = await executeWith(
			[{ resource: 'activity', operation: 'log', activity_time: '2026-11-22T15:30:00Z', subject: 'Texted', description: 'Hi', additionalFields: { category: 'TEXT' } }],
			() => ok({ id: EXAMPLE.activityId, metadata: { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted', description: 'Hi', category: 'TEXT' }, account_id: null, contact_ids: [], pipeline_id: null, sequence_id: null, created_at: EXAMPLE.createdAt }),
		);
		expect(activity.requests[0]?.body).toEqual({ metadata: { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted', description: 'Hi', category: 'TEXT' } });

		const update = await executeWith(
			[
				{
					resource: 'account',
					operation: 'update',
					account_id: { __rl: true, mode: 'id', value: EXAMPLE.accountId },
					updateFields: { custom_fields: { field: [{ key: 'industry', value: 'Robotics' }, { key: 'legacy_id', value: '' }] } },
				},
			],
			() => ok(EXAMPLE_ACCOUNT),
		);
		expect(update.requests[0]?.method).toBe('PATCH');
		expect(update.requests[0]?.body).toEqual({ custom_fields: { industry: 'Robotics', legacy_id: null } });
	});

	it('walks every page of 200 for Return All, and stops at the limit otherwise', async () => {
		const pages = [contacts(200), contacts(200, 200), contacts(7, 400)];
		const all = await executeWith(
			[{ resource: 'contact', operation: 'search', filters: { owner_email: EXAMPLE.ownerEmail }, returnAll: true }],
			(_request, index) => ok(pages[index]),
		);
		expect(all.output).toHaveLength(407);
		expect(all.requests.map((request) => request.body)).toEqual([0, 200, 400].map((offset) => ({ owner_email: EXAMPLE.ownerEmail, limit: 200, offset })));
		expect(new Set(all.pairedItems.map((paired) => JSON.stringify(paired)))).toEqual(new Set([JSON.stringify({ item: 0 })]));

		const limited = await executeWith(
			[{ resource: 'contact', operation: 'search', filters: { owner_email: EXAMPLE.ownerEmail }, returnAll: false, limit: 3 }],
			() => ok(contacts(3)),
		);
		expect(limited.output).toHaveLength(3);
		expect(limited.requests.map((request) => request.body)).toEqual([{ owner_email: EXAMPLE.ownerEmail, limit: 3, offset: 0 }]);
	});

	it('turns a 403 into a NodeApiError naming the missing permission and the fix', async () => {
		const forbidden = {
			statusCode: 403,
			body: {
				error_response_type: 'GENERIC',
				error: 'ForbiddenError',
				message: 'API key is missing required permissions: Accounts Write',
				details: { missing_permissions: ['accounts:write'] },
			},
		};
		const failure = executeWith([{ resource: 'account', operation: 'create', name: 'Acme', additionalFields: {} }], () => forbidden);
		await expect(failure).rejects.toBeInstanceOf(NodeApiError);
		await expect(failure).rejects.toMatchObject({
			httpCode: '403',
			message: expect.stringContaining('Accounts Write'),
			description: expect.stringMatching(/Missing: Accounts Write \(accounts:write\).*Settings → API Keys/),
		});
	});

	it('keeps going with continue-on-fail: the failed item becomes an error item paired with it', async () => {
		const run = await executeWith(
			[
				{ resource: 'user', operation: 'get', email: 'not-an-email' },
				{ resource: 'user', operation: 'get', email: EXAMPLE.ownerEmail },
			],
			() => ok([{ id: EXAMPLE.userId, email: EXAMPLE.ownerEmail, first_name: 'Alex', last_name: 'Morgan', created_at: EXAMPLE.createdAt }]),
			{ continueOnFail: true },
		);
		expect(run.requests).toHaveLength(1);
		expect(run.output[0]).toMatchObject({ error: expect.stringContaining('email'), description: expect.stringContaining('Invalid fields: email') });
		expect(run.output[1]).toMatchObject({ email: EXAMPLE.ownerEmail });
		expect(run.pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses an invalid field before sending, as a NodeOperationError naming it', async () => {
		const failure = executeWith([{ resource: 'sequenceEnrollment', operation: 'enroll', contact_email: 'jane.doe@acme.com', sequence_id: 'nope', additionalFields: {} }], () => ok({}));
		await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
		await expect(failure).rejects.toMatchObject({ description: expect.stringContaining('sequence_id') });
	});

	it('turns a server 422 into a NodeApiError listing the fields', async () => {
		const failure = executeWith([{ resource: 'accountContact', operation: 'get', findBy: 'account_domain', account_domain: 'acme.com' }], () => ({
			statusCode: 422,
			body: { detail: [{ type: 'missing', loc: ['query', 'account_domain'], msg: 'Field required', input: null }] },
		}));
		await expect(failure).rejects.toMatchObject({ httpCode: '422', description: 'Invalid fields: account_domain (Field required)' });
	});
});
