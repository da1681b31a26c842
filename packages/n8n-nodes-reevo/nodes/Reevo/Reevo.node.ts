import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { actionNode } from '../../platform/actions/action-node';
import { resources } from './actions/resources';
import { searchAccounts, searchContacts, searchOpportunities } from './methods/listSearch';
import { getMailboxes, getStages } from './methods/loadOptions';
import { reevoN8n } from './reevo';

const reevo = actionNode(reevoN8n, resources, 'account');

export class Reevo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reevo',
		name: 'reevo',
		icon: { light: 'file:../../icons/reevo.svg', dark: 'file:../../icons/reevo.dark.svg' },
		group: ['transform'],
		version: 1,
		// The dropdowns' labels, so the canvas says "Upsert: Account & Contact", not "upsert: accountContact". A string
		// literal, as n8n's verification scan requires (it ignores eslint-disable comments): test/unit/form.test.ts
		// checks it is what subtitleExpression(resources) builds from the resources.
		subtitle:
			'={{ ({"account:create":"Create: Account","account:update":"Update: Account","account:get":"Get: Account","account:search":"Search: Account","accountContact:upsert":"Upsert: Account & Contact","accountContact:get":"Get: Account & Contact","activity:log":"Log: Activity","contact:get":"Get: Contact","contact:search":"Search: Contact","mailbox:getAll":"Get Many: Mailbox","opportunity:create":"Create: Opportunity","opportunity:update":"Update: Opportunity","opportunity:get":"Get: Opportunity","opportunity:search":"Search: Opportunity","opportunity:shiftStage":"Shift Stage: Opportunity","sequenceEnrollment:enroll":"Enroll: Sequence Enrollment","task:create":"Create: Task","user:get":"Get: User"})[$parameter["resource"] + ":" + $parameter["operation"]] }}',
		description:
			'Create, update and find Reevo accounts, contacts and opportunities, create tasks, log activities and enroll contacts in sequences',
		defaults: { name: 'Reevo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reevoApi', required: true }],
		properties: reevo.properties,
	};

	methods = {
		listSearch: { searchAccounts, searchContacts, searchOpportunities },
		loadOptions: { getMailboxes, getStages },
	};

	execute = reevo.execute;
}
