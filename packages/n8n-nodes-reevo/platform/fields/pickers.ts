/**
 * Better inputs than a text box for fields that name a record: a resource locator where a search can back the
 * list, a dropdown where the API can list the choices. The product's table says which, by the platform-neutral rule
 * of what the field holds (`recordFieldOf`).
 */
import type { INodeProperties } from 'n8n-workflow';
import { recordFieldOf, type RecordValue } from '@integration-pack/core/forms';
import type { FieldDescriptor } from '@integration-pack/core/machine';
import { UUID_PATTERN } from './values';

type Picker = Pick<INodeProperties, 'type' | 'default' | 'modes' | 'typeOptions'> & { hint?: string };

/** A list searched as the user types (the node's `listSearch` method), with ID and URL modes beside it. */
export interface LocatorPicker {
	locator: { method: string; placeholder: string };
}

/** A dropdown filled by the node's `loadOptions` method, reloaded when the named parameters change. */
export interface DropdownPicker {
	dropdown: { method: string; dependsOn?: string[] };
}

/** Record kind (the catalog's `x-record-ref`) → what the field holds → its picker. */
export type PickerTable = Readonly<Record<string, Partial<Record<RecordValue, LocatorPicker | DropdownPicker>>>>;

export interface PickerWords {
	apiName: string;
	recordUrlExample(ref: string): string;
}

function recordLocator(ref: string, search: LocatorPicker['locator'], words: PickerWords): Picker {
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
				placeholder: words.recordUrlExample(ref),
				validation: [
					{
						type: 'regex',
						properties: { regex: `.*${UUID_PATTERN}.*`, errorMessage: `Not a ${words.apiName} ${ref} URL: it holds no record ID` },
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

function dropdown({ method, dependsOn = [] }: DropdownPicker['dropdown']): Picker {
	return {
		type: 'options',
		default: '',
		typeOptions: { loadOptionsMethod: method, ...(dependsOn.length ? { loadOptionsDependsOn: dependsOn } : {}) },
	};
}

/** The picker for a single-valued field, or undefined to keep the derived text input. */
export function pickerFor(table: PickerTable, words: PickerWords, descriptor: FieldDescriptor): Picker | undefined {
	const record = recordFieldOf(descriptor);
	if (!record || descriptor.type !== 'string') return undefined;
	const picker = table[record.ref]?.[record.holds];
	if (!picker) return undefined;
	return 'locator' in picker ? recordLocator(record.ref, picker.locator, words) : dropdown(picker.dropdown);
}
