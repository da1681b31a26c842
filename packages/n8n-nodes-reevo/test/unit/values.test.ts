/** The node reads its parameters by the same value rules as the Zapier app (`@integration-pack/core/forms`). */
import { EXAMPLE, EXAMPLE_OPPORTUNITY, EXAMPLE_TASK } from '@integration-pack/core/reevo';
import { executeWith } from '../support/fake-context';

const ok = (body: unknown) => ({ statusCode: 200, body });

describe('parameter values', () => {
	it('splits a list at line breaks as well as commas', async () => {
		const run = await executeWith(
			[{ resource: 'task', operation: 'create', title: 'Call Jane', owner_email: EXAMPLE.ownerEmail, additionalFields: { contact_emails: 'jane.doe@acme.com\njohn@acme.com' } }],
			() => ok(EXAMPLE_TASK),
		);
		expect(run.requests[0]?.body).toMatchObject({ contact_emails: ['jane.doe@acme.com', 'john@acme.com'] });
	});

	it('leaves a field added but left blank out of an update, so it is not cleared by accident', async () => {
		const run = await executeWith(
			[
				{
					resource: 'opportunity',
					operation: 'update',
					opportunity_id: { __rl: true, mode: 'id', value: EXAMPLE.opportunityId },
					updateFields: { display_name: 'Bigger deal', next_step_details: '' },
				},
			],
			() => ok(EXAMPLE_OPPORTUNITY),
		);
		expect(run.requests[0]?.body).toEqual({ display_name: 'Bigger deal' });
	});

	it('clears a field given null on purpose (by an expression)', async () => {
		const run = await executeWith(
			[
				{
					resource: 'opportunity',
					operation: 'update',
					opportunity_id: { __rl: true, mode: 'id', value: EXAMPLE.opportunityId },
					updateFields: { next_step_details: null },
				},
			],
			() => ok(EXAMPLE_OPPORTUNITY),
		);
		expect(run.requests[0]?.body).toEqual({ next_step_details: null });
	});
});
