/**
 * Every resource of the Reevo node, in the order n8n shows them, with its operations: one typed row per operation
 * (platform/actions/resources.ts builds the node's parameters and calls from it). A row names a catalog operation or,
 * where the operation has real code, the module of its own file. The keys are the values saved in workflows: never
 * rename one.
 */
import { catalog } from '@integration-pack/core/reevo';
import type { FieldSetOptions } from '../../../platform/fields/catalog-fields';
import { nodeResources, type ResourceRow } from '../../../platform/actions/resources';
import { reevoN8n } from '../reevo';
import * as getAccountContact from './accountContact/get.operation';

/** Updates: the changes under "Update Fields"; a custom field named with an empty value is cleared. */
const UPDATE: FieldSetOptions = { collection: { name: 'updateFields', displayName: 'Update Fields' }, clearableCustomFields: true };
const FILTERS: FieldSetOptions = { collection: { name: 'filters', displayName: 'Filters' } };

const RESOURCES = {
	account: {
		name: 'Account',
		description: 'A company',
		operations: {
			create: { name: 'Create', action: 'Create an account', run: catalog.accounts.create },
			update: { name: 'Update', action: 'Update an account', run: catalog.accounts.update, fields: UPDATE },
			get: { name: 'Get', action: 'Get an account', run: catalog.accounts.get },
			search: { name: 'Search', action: 'Search accounts by domain', run: catalog.accounts.search },
		},
	},
	accountContact: {
		name: 'Account & Contact',
		description: 'A contact together with its account',
		operations: {
			upsert: { name: 'Upsert', action: 'Create or update a contact and its account', run: catalog.accountContact.upsert },
			get: { name: 'Get', action: 'Get an account and its contacts', run: getAccountContact },
		},
	},
	activity: {
		name: 'Activity',
		description: 'A touch logged by hand',
		operations: { log: { name: 'Log', action: 'Log an activity', run: catalog.activities.log } },
	},
	contact: {
		name: 'Contact',
		description: 'A person',
		operations: {
			get: { name: 'Get', action: 'Get a contact', run: catalog.contacts.get },
			search: { name: 'Search', action: 'Search contacts by email or owner', run: catalog.contacts.search, fields: FILTERS },
		},
	},
	mailbox: {
		name: 'Mailbox',
		description: 'An email account sequences send from',
		operations: { getAll: { name: 'Get Many', action: "Get a user's mailboxes", run: catalog.mailboxes.search } },
	},
	opportunity: {
		name: 'Opportunity',
		description: 'A deal on an account',
		operations: {
			create: { name: 'Create', action: 'Create an opportunity', run: catalog.opportunities.create },
			update: { name: 'Update', action: 'Update an opportunity', run: catalog.opportunities.update, fields: UPDATE },
			get: { name: 'Get', action: 'Get an opportunity', run: catalog.opportunities.get },
			search: { name: 'Search', action: 'Search opportunities', run: catalog.opportunities.search, fields: FILTERS },
			shiftStage: { name: 'Shift Stage', action: 'Move an opportunity to another stage', run: catalog.opportunities.shiftStage },
		},
	},
	sequenceEnrollment: {
		name: 'Sequence Enrollment',
		description: 'A contact in an outreach sequence',
		operations: { enroll: { name: 'Enroll', action: 'Enroll a contact in a sequence', run: catalog.sequenceEnrollments.enroll } },
	},
	task: {
		name: 'Task',
		description: "A to-do in a user's task list",
		operations: { create: { name: 'Create', action: 'Create a task', run: catalog.tasks.create } },
	},
	user: {
		name: 'User',
		description: 'A member of the workspace',
		operations: { get: { name: 'Get', action: 'Get a user by email', run: catalog.users.search } },
	},
} satisfies Record<string, ResourceRow>;

export const resources = nodeResources(reevoN8n, RESOURCES as Record<string, ResourceRow>);
