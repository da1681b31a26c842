/** Every resource of the node, in the order n8n shows them, with its operations. */
import type { INodePropertyOptions } from 'n8n-workflow';
import type { OperationChoice } from './operation';
import * as account from './account';
import * as accountContact from './accountContact';
import * as activity from './activity';
import * as contact from './contact';
import * as mailbox from './mailbox';
import * as opportunity from './opportunity';
import * as sequenceEnrollment from './sequenceEnrollment';
import * as task from './task';
import * as user from './user';

interface Resource {
	name: string;
	description: string;
	operations: Record<string, OperationChoice>;
	properties: typeof account.description;
}

export const resources: Record<string, Resource> = {
	account: { name: 'Account', description: 'A company', operations: account.operations, properties: account.description },
	accountContact: {
		name: 'Account & Contact',
		description: 'A contact together with its account',
		operations: accountContact.operations,
		properties: accountContact.description,
	},
	activity: { name: 'Activity', description: 'A touch logged by hand', operations: activity.operations, properties: activity.description },
	contact: { name: 'Contact', description: 'A person', operations: contact.operations, properties: contact.description },
	mailbox: { name: 'Mailbox', description: 'An email account sequences send from', operations: mailbox.operations, properties: mailbox.description },
	opportunity: { name: 'Opportunity', description: 'A deal on an account', operations: opportunity.operations, properties: opportunity.description },
	sequenceEnrollment: {
		name: 'Sequence Enrollment',
		description: 'A contact in an outreach sequence',
		operations: sequenceEnrollment.operations,
		properties: sequenceEnrollment.description,
	},
	task: { name: 'Task', description: "A to-do in a user's task list", operations: task.operations, properties: task.description },
	user: { name: 'User', description: 'A member of the workspace', operations: user.operations, properties: user.description },
};

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
