import { EXAMPLE, EXAMPLE_ACCOUNT, EXAMPLE_CONTACT, EXAMPLE_TASK } from '@integration-pack/core/reevo';
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
		expect(run.output[0]).toMatchObject({ error: expect.stringContaining('Email: '), description: 'Fix the field Email, then run the node again.' });
		expect(run.output[1]).toMatchObject({ email: EXAMPLE.ownerEmail });
		expect(run.pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses an invalid field before sending, as a NodeOperationError naming it', async () => {
		const failure = executeWith([{ resource: 'sequenceEnrollment', operation: 'enroll', contact_email: 'jane.doe@acme.com', sequence_id: 'nope', additionalFields: {} }], () => ok({}));
		await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
		await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/^Not sent to Reevo\. Sequence ID: /), description: 'Fix the field Sequence ID, then run the node again.' });
	});

	it('turns a server 422 into a NodeApiError listing the fields', async () => {
		const failure = executeWith([{ resource: 'accountContact', operation: 'get', findBy: 'account_domain', account_domain: 'acme.com' }], () => ({
			statusCode: 422,
			body: { detail: [{ type: 'missing', loc: ['query', 'account_domain'], msg: 'Field required', input: null }] },
		}));
		await expect(failure).rejects.toMatchObject({
			httpCode: '422',
			message: 'Reevo refused the input. Account Domain: Field required.',
			description: 'Fix the field Account Domain, then run the node again.',
		});
	});
});

describe("errors in the form's words", () => {
	it('names a filter by its label, not its API name, in the message and the fix', async () => {
		const failure = executeWith([{ resource: 'contact', operation: 'search', filters: { contact_email: 'not-an-email' }, returnAll: true }], () => ok([]));
		await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
		await expect(failure).rejects.toMatchObject({
			message: expect.stringMatching(/^Not sent to Reevo\. Contact Email: /),
			description: 'Fix the field Contact Email, then run the node again.',
		});
		await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('contact_email') });
	});

	it("puts the labels into Reevo's business-rule message, and says the fix beneath instead of the error's class name", async () => {
		const refusal = {
			statusCode: 400,
			body: {
				error_response_type: 'GENERIC',
				error: 'BadRequestError',
				message: 'closed_reason_names: "Closed Won" closes the deal, so it needs at least one won reason in closed_reason_names (Product Fit, Price).',
				details: { field: 'closed_reason_names' },
			},
		};
		const failure = executeWith(
			[{ resource: 'opportunity', operation: 'shiftStage', opportunity_id: { __rl: true, mode: 'id', value: EXAMPLE.opportunityId }, target_stage_name: 'Closed Won', additionalFields: {} }],
			() => refusal,
		);
		await expect(failure).rejects.toBeInstanceOf(NodeApiError);
		await expect(failure).rejects.toMatchObject({
			httpCode: '400',
			message: 'Closed Reasons: "Closed Won" closes the deal, so it needs at least one won reason in Closed Reasons (Product Fit, Price).',
			description: 'Change Closed Reasons as the message says, then run the node again.',
		});
	});

	it.each([
		['an unknown key (401)', 401, { error: 'UnauthorizedError', message: 'Invalid API key' }, /Reevo does not know this API key.*Settings → API Keys/],
		['an expired key (401)', 401, { error: 'UnauthorizedError', message: 'API key has expired' }, /expired this API key.*Settings → API Keys/],
		['a missing record (404)', 404, { error: 'NotFoundError', message: 'Account 5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b not found.' }, /Pick the record from the list, or check the ID/],
		['a used-up quota (429)', 429, { error: 'QuotaExceededError', message: 'Quota', details: { limit: 10, window_seconds: 60, reset_at: '2026-11-30T10:00:00Z' } }, /Retry On Fail/],
	])('gives %s a description that says what to do', async (_case, statusCode, body, fix) => {
		const failure = executeWith([{ resource: 'account', operation: 'get', account_id: { __rl: true, mode: 'id', value: EXAMPLE.accountId } }], () => ({
			statusCode,
			body: { error_response_type: 'GENERIC', details: null, ...body },
		}));
		await expect(failure).rejects.toMatchObject({ description: expect.stringMatching(fix) });
	});
});

describe('searches that need one of several filters', () => {
	it('refuses Contact → Search with no filter before sending, naming the filters by their labels', async () => {
		const run = executeWith([{ resource: 'contact', operation: 'search', filters: {}, returnAll: true }], () => ok([]));
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({
			message: 'Give at least one of Contact Email or Owner Email. Nothing was sent to Reevo.',
			description: 'Add at least one of Contact Email or Owner Email under Filters, then run the node again.',
		});
	});

	it('sends the search once one filter is given', async () => {
		const run = await executeWith([{ resource: 'contact', operation: 'search', filters: { contact_email: EXAMPLE.contactEmail }, returnAll: true }], () => ok([EXAMPLE_CONTACT]));
		expect(run.requests.map((request) => request.body)).toEqual([{ contact_email: EXAMPLE.contactEmail, limit: 200, offset: 0 }]);
	});
});
