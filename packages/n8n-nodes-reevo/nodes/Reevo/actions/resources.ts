/**
 * Every resource of the node, in the order n8n shows them, with its operations: one typed row per operation. A row
 * names a catalog operation (its form and call are derived by `catalogOperation`) or, where the operation has real
 * code, the module of its own file. The keys are the values saved in workflows: never rename one.
 */
import type { INodePropertyOptions } from 'n8n-workflow';
import { catalog, type OperationSpec } from '@integration-pack/core/reevo';
import type { FieldSetOptions } from '../fields/catalog-fields';
import * as getAccountContact from './accountContact/get.operation';
import { catalogOperation } from './catalog-operation';
import { resourceDescription, type OperationChoice, type OperationModule } from './operation';

interface OperationRow {
	/** n8n's word for it: Create, Update, Get, Search, Get Many, Upsert, Shift Stage, Log, Enroll. */
	name: string;
	action: string;
	/** The catalog operation called with its own fields, or the module of an operation with code of its own. */
	run: OperationSpec | OperationModule;
	fields?: FieldSetOptions;
}

interface ResourceRow {
	name: string;
	description: string;
	operations: Record<string, OperationRow>;
}

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

interface Resource {
	name: string;
	description: string;
	operations: Record<string, OperationChoice>;
	properties: ReturnType<typeof resourceDescription>;
}

function toChoice(resource: string, operation: string, row: OperationRow): OperationChoice {
	const module = 'operationId' in row.run ? catalogOperation(resource, operation, row.run, row.fields) : row.run;
	return { name: row.name, action: row.action, module };
}

export const resources: Record<string, Resource> = Object.fromEntries(
	Object.entries(RESOURCES as Record<string, ResourceRow>).map(([key, row]) => {
		const operations = Object.fromEntries(
			Object.entries(row.operations).map(([operation, operationRow]) => [operation, toChoice(key, operation, operationRow)]),
		);
		return [key, { name: row.name, description: row.description, operations, properties: resourceDescription(key, operations) }];
	}),
);

export const resourceOptions: INodePropertyOptions[] = Object.entries(resources).map(([value, resource]) => ({
	name: resource.name,
	value,
	description: resource.description,
}));

/**
 * The node's subtitle under its name on the canvas, "Upsert: Account & Contact", in the words of the dropdowns: an
 * n8n expression that looks the chosen resource and operation up in a table made from the same labels.
 */
export function subtitleExpression(): string {
	const labels: Record<string, string> = {};
	for (const [resourceKey, resource] of Object.entries(resources)) {
		for (const [operationKey, operation] of Object.entries(resource.operations)) {
			labels[`${resourceKey}:${operationKey}`] = `${operation.name}: ${resource.name}`;
		}
	}
	return `={{ (${JSON.stringify(labels)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
