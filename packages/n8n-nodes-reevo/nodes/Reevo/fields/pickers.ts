/**
 * Better inputs than a text box for fields that name a record, chosen from the catalog's `ref` metadata: a resource
 * locator where a search can back the list, a dropdown where the API can list the choices.
 */
import type { INodeProperties } from 'n8n-workflow';
import { isRecordRef, type RecordRef } from '@reevo/client/core';
import type { FieldDescriptor } from '@reevo/client/machine';
import { UUID_PATTERN } from './values';

type Picker = Pick<INodeProperties, 'type' | 'default' | 'modes' | 'typeOptions'> & { hint?: string };

// No list requires a filter: n8n 2.8's editor shows loading placeholders forever for one whose filter is empty
// (its currentQueryLoading is true while requiresSearchFilter and the filter is ""), so each list method answers
// an empty filter with records instead.
const LOCATOR_SEARCHES: Partial<Record<RecordRef, { method: string; placeholder: string }>> = {
	account: { method: 'searchAccounts', placeholder: 'Type part of a domain, e.g. acme' },
	contact: { method: 'searchContacts', placeholder: "Type a contact's or owner's exact email" },
	opportunity: { method: 'searchOpportunities', placeholder: 'Type part of the name' },
};

function recordLocator(ref: RecordRef): Picker | undefined {
	const search = LOCATOR_SEARCHES[ref];
	if (!search) return undefined;
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: search.placeholder,
				typeOptions: {
					searchListMethod: search.method,
					searchable: true,
				},
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `https://app.reevo.ai/${ref}s/5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b`,
				validation: [
					{
						type: 'regex',
						properties: { regex: `.*${UUID_PATTERN}.*`, errorMessage: `Not a Reevo ${ref} URL: it holds no record ID` },
					},
				],
				extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: '5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b',
				validation: [
					{ type: 'regex', properties: { regex: `^${UUID_PATTERN}$`, errorMessage: 'Not a valid ID: it should be a UUID' } },
				],
			},
		],
	};
}

function dropdown(method: string, dependsOn: string[] = []): Picker {
	return {
		type: 'options',
		default: '',
		typeOptions: { loadOptionsMethod: method, ...(dependsOn.length ? { loadOptionsDependsOn: dependsOn } : {}) },
	};
}

/** The picker for a single-valued field, or undefined to keep the derived text input. */
export function pickerFor(descriptor: FieldDescriptor): Picker | undefined {
	if (!isRecordRef(descriptor.ref) || descriptor.type !== 'string') return undefined;
	if (descriptor.format === 'uuid') return recordLocator(descriptor.ref);
	// Reevo lists no stages or pipelines; the stages in use on opportunities are the best list the API allows.
	if (descriptor.ref === 'stage') return dropdown('getStages');
	// Mailboxes are listed per owner: the contact's owner's mailboxes are the ones an enrollment can use.
	if (descriptor.ref === 'mailbox') return dropdown('getMailboxes', ['contact_email']);
	return undefined;
}
