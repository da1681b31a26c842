/**
 * Derives an operation's n8n properties from its catalog schema (titles, descriptions, enums, defaults and record
 * references come from the schema's `.meta()`), and reads them back into the client's input. Required fields
 * are top-level parameters; optional ones go into one collection, as n8n's own nodes do.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';
import {
	describeFieldGroup,
	describeFields,
	fieldGroupOf,
	satisfiesFieldGroup,
	type FieldDescriptor,
	type FieldGroupRule,
	type FieldLabels,
	type ObjectSchema,
} from '@reevo/client/core';
import { byName } from './by-name';
import { pickerFor } from './pickers';
import { toApiValue } from './values';

export interface FieldSet {
	properties: INodeProperties[];
	/** API field path → the label on screen, so errors name what the user sees. */
	labels: FieldLabels;
	/** The client input for one item. */
	read(this: IExecuteFunctions, itemIndex: number): Record<string, unknown>;
}

export interface FieldSetOptions {
	/** Fields that are not parameters (paging, handled by Return All / Limit). */
	omit?: readonly string[];
	/** The collection that holds the optional fields. */
	collection?: { name: string; displayName: string };
	/** Whether an empty custom field value clears the field (updates), instead of being left out. */
	clearableCustomFields?: boolean;
}

interface Field {
	name: string;
	path: string[];
	descriptor: FieldDescriptor;
	property: INodeProperties;
}

const DEFAULT_COLLECTION = { name: 'additionalFields', displayName: 'Additional Fields' };

/** `schemas` are the parts of one call whose fields are parameters, e.g. the path params then the body. */
export function catalogFields(schemas: ReadonlyArray<ObjectSchema | undefined>, options: FieldSetOptions = {}): FieldSet {
	const omit = new Set(options.omit ?? []);
	const fields = schemas
		.flatMap((schema) => (schema ? flatten(describeFields(schema), []) : []))
		.filter((field) => !omit.has(field.name));
	const required = fields.filter((field) => field.descriptor.required);
	const optional = fields.filter((field) => !field.descriptor.required);
	const collection = options.collection ?? DEFAULT_COLLECTION;
	const labels: FieldLabels = Object.fromEntries(fields.map((field) => [field.path.join('.'), field.property.displayName]));
	const groups = schemas.map(fieldGroupOf).filter((rule): rule is FieldGroupRule => rule !== undefined);
	// "at least one of Contact Email or Owner Email": the catalog's rule in the form's labels.
	const inWords = (rule: FieldGroupRule) => describeFieldGroup(rule, (key) => labels[key] ?? key);

	const properties: INodeProperties[] = groups.map((rule, index) => ({
		displayName: `Give ${inWords(rule)} under ${collection.displayName}: Reevo needs it.`,
		name: `fieldGroupNotice${index}`,
		type: 'notice',
		default: '',
	}));
	properties.push(...required.map((field) => ({ ...field.property, required: true })));
	if (optional.length) {
		properties.push({
			displayName: collection.displayName,
			name: collection.name,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optional.map((field) => field.property),
		});
	}

	const byName = new Map(fields.map((field) => [field.name, field]));
	const clearable = options.clearableCustomFields ?? false;
	return {
		properties,
		labels,
		read(this: IExecuteFunctions, itemIndex: number) {
			const input: Record<string, unknown> = {};
			const put = (field: Field, raw: unknown) => {
				const value = isCustomFields(field.descriptor) ? customFieldsValue(raw, clearable) : toApiValue(field.descriptor, raw);
				if (value !== undefined) setPath(input, field.path, value);
			};
			for (const field of required) put(field, this.getNodeParameter(field.name, itemIndex));
			if (optional.length) {
				const chosen = this.getNodeParameter(collection.name, itemIndex, {}) as IDataObject;
				for (const [name, raw] of Object.entries(chosen)) {
					const field = byName.get(name);
					if (field) put(field, raw);
				}
			}
			// Checked here, in the form's words, before the client would refuse it in the API's.
			for (const rule of groups) {
				if (satisfiesFieldGroup(rule, input)) continue;
				throw new NodeOperationError(this.getNode(), `Give ${inWords(rule)}. Nothing was sent to Reevo.`, {
					itemIndex,
					description: `Add ${inWords(rule)} under ${collection.displayName}, then run the node again.`,
				});
			}
			return input;
		},
	};
}

/** Objects with known keys (an activity's `metadata`) become one parameter per key, written back under the object. */
function flatten(descriptors: readonly FieldDescriptor[], parent: string[]): Field[] {
	return descriptors.flatMap((descriptor): Field[] => {
		const path = [...parent, descriptor.key];
		if (descriptor.type === 'object' && descriptor.properties && !isCustomFields(descriptor)) {
			return flatten(
				descriptor.properties.map((child) => ({ ...child, required: child.required && descriptor.required })),
				path,
			);
		}
		return [{ name: descriptor.key, path, descriptor, property: propertyFor(descriptor) }];
	});
}

function propertyFor(descriptor: FieldDescriptor): INodeProperties {
	const base = { displayName: descriptor.title, name: descriptor.key, description: descriptor.description };
	if (isCustomFields(descriptor)) return customFieldsProperty(descriptor);
	const picker = pickerFor(descriptor);
	if (picker) {
		const named = picker.type === 'options' ? { displayName: `${descriptor.title} Name or ID` } : {};
		return { ...base, ...picker, ...named };
	}
	if (descriptor.enum) {
		return { ...base, type: 'options', options: choices(descriptor.enum), default: (descriptor.default as string) ?? descriptor.enum[0] };
	}
	switch (descriptor.type) {
		case 'number':
		case 'integer':
			return { ...base, type: 'number', default: (descriptor.default as number) ?? 0 };
		case 'boolean':
			return { ...base, type: 'boolean', default: (descriptor.default as boolean) ?? false };
		case 'array':
			if (descriptor.items?.enum) return { ...base, type: 'multiOptions', options: choices(descriptor.items.enum), default: [] };
			return {
				...base,
				type: 'string',
				default: '',
				description: `${descriptor.description} Separate several with commas.`,
			};
		default:
			return {
				...base,
				type: descriptor.format === 'date-time' ? 'dateTime' : 'string',
				default: '',
				...(descriptor.format === 'email' ? { placeholder: 'name@email.com' } : {}),
			};
	}
}

/** Enum values as n8n options, sorted by name as n8n's lint wants: "IN_PROGRESS" → "In Progress". */
function choices(values: readonly string[]): INodePropertyOptions[] {
	return values
		.map((value) => ({
			name: value
				.toLowerCase()
				.split('_')
				.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
				.join(' '),
			value,
		}))
		.sort(byName);
}

function isCustomFields(descriptor: FieldDescriptor): boolean {
	return descriptor.type === 'object' && descriptor.key.endsWith('custom_fields');
}

function customFieldsProperty(descriptor: FieldDescriptor): INodeProperties {
	return {
		displayName: descriptor.title,
		name: descriptor.key,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: descriptor.description,
		options: [
			{
				name: 'field',
				displayName: 'Field',
				values: [
					{
						displayName: 'Field API Name',
						name: 'key',
						type: 'string',
						default: '',
						description: "The custom field's API name (or its UUID), as shown in Reevo's settings",
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The value. For a multi-select field, use an expression that gives a list of texts.',
					},
				],
			},
		],
	};
}

function customFieldsValue(raw: unknown, clearable: boolean): Record<string, unknown> | undefined {
	const entries = ((raw as { field?: Array<{ key?: string; value?: unknown }> } | undefined)?.field ?? []).filter(
		(entry) => entry.key,
	);
	if (!entries.length) return undefined;
	const result: Record<string, unknown> = {};
	for (const { key, value } of entries) {
		if (value === '' || value === undefined || value === null) {
			if (clearable) result[key as string] = null;
			continue;
		}
		result[key as string] = value;
	}
	return result;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
	let node = target;
	for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
	node[path[path.length - 1] as string] = value;
}
