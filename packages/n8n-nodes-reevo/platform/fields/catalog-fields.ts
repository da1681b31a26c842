/**
 * Renders an operation's platform-neutral form fields (`@integration-pack/core/forms`: labels, help, value kinds, choices and
 * the catalog's rules) as n8n properties, and reads them back into the client's input with the same value rules as
 * Zapier. Required fields are top-level parameters; optional ones go into one collection, as n8n's own nodes do.
 * Record fields get the product's pickers, and a field of any keys (custom fields) a key/value list in its words.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';
import {
	brokenRule,
	fieldGroupsOf,
	formLabels,
	operationFormFields,
	ruleInWords,
	toApiInput,
	type Choice,
	type FormField,
} from '@integration-pack/core/forms';
import type { FieldGroupRule, FieldLabels, OperationSpec } from '@integration-pack/core/machine';
import type { DictWords, N8nProduct } from '../product';
import { byName } from './by-name';
import { pickerFor } from './pickers';
import { locatorValue } from './values';

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
	/** Whether an empty value in a key/value list (custom fields) clears that key (updates), instead of being left out. */
	clearableCustomFields?: boolean;
	/**
	 * Field key → the choices this operation offers, in the product's words: fewer than the field's type allows where
	 * the API takes fewer (Reeve's Authorize takes only OAuth providers, though its provider field is any provider),
	 * and names where the catalog's values read badly as words (`github` → "GitHub", not "Github"). Only values the
	 * catalog allows are kept.
	 */
	choices?: Readonly<Record<string, readonly Choice[]>>;
	/** Fields that hold a secret (Reeve's provider API key): typed into a password box, never shown on screen. */
	secrets?: readonly string[];
}

const DEFAULT_COLLECTION = { name: 'additionalFields', displayName: 'Additional Fields' };

/** The parameters of one call: its path params, then its query or body, less `omit`. */
export function catalogFields(product: N8nProduct, operation: OperationSpec, options: FieldSetOptions = {}): FieldSet {
	// A parameter is named by the field's own key; a nested one (an activity's metadata) is written back under its object.
	const fields = operationFormFields(operation, { omit: options.omit ?? [] }).map((field) => narrowed(field, options.choices?.[field.key]));
	const required = fields.filter((field) => field.required);
	const optional = fields.filter((field) => !field.required);
	const collection = options.collection ?? DEFAULT_COLLECTION;
	const api = product.definition.name;
	const secrets = new Set(options.secrets ?? []);
	const propertyOf = new Map(
		fields.map((field) => {
			const property = propertyFor(product, field);
			return [field, secrets.has(field.key) ? { ...property, typeOptions: { ...property.typeOptions, password: true } } : property];
		}),
	);
	const labels = formLabels(fields, (field) => propertyOf.get(field)!.displayName);
	const groups = fieldGroupsOf(operation);
	// "at least one of Contact Email or Owner Email": the catalog's rule in the form's labels.
	const inWords = (rule: FieldGroupRule) => ruleInWords(rule, labels);

	const properties: INodeProperties[] = groups.map((rule, index) => ({
		displayName: `Give ${inWords(rule)} under ${collection.displayName}: ${api} needs it.`,
		name: `fieldGroupNotice${index}`,
		type: 'notice',
		default: '',
	}));
	properties.push(...required.map((field) => ({ ...propertyOf.get(field)!, required: true })));
	if (optional.length) {
		properties.push({
			displayName: collection.displayName,
			name: collection.name,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optional.map((field) => propertyOf.get(field)!),
		});
	}

	const clearBlankEntries = options.clearableCustomFields ?? false;
	return {
		properties,
		labels,
		read(this: IExecuteFunctions, itemIndex: number) {
			const chosen = optional.length ? (this.getNodeParameter(collection.name, itemIndex, {}) as IDataObject) : {};
			const valueOf = (field: FormField): unknown => {
				const raw = field.required ? this.getNodeParameter(field.key, itemIndex) : chosen[field.key];
				return isDict(field) ? dictRecord(raw) : locatorValue(raw);
			};
			const input = toApiInput(fields, valueOf, { clearBlankEntries });
			// Checked here, in the form's words, before the client would refuse it in the API's.
			const broken = brokenRule(groups, input);
			if (broken) {
				throw new NodeOperationError(this.getNode(), `Give ${inWords(broken)}. Nothing was sent to ${api}.`, {
					itemIndex,
					description: `Add ${inWords(broken)} under ${collection.displayName}, then run the node again.`,
				});
			}
			return input;
		},
	};
}

function propertyFor(product: N8nProduct, field: FormField): INodeProperties {
	const { descriptor } = field;
	const base = { displayName: field.label, name: field.key, description: field.help };
	if (isDict(field)) return dictProperty(field, product.dictWords);
	const picker = pickerFor(product.pickers, { apiName: product.definition.name, recordUrlExample: product.recordUrlExample }, descriptor);
	if (picker) {
		const named = picker.type === 'options' ? { displayName: `${field.label} Name or ID` } : {};
		return { ...base, ...picker, ...named };
	}
	if (field.choices && field.kind !== 'list') {
		return { ...base, type: 'options', options: sorted(field.choices), default: (descriptor.default as string) ?? field.choices[0]?.value };
	}
	switch (field.kind) {
		case 'number':
		case 'integer':
			return { ...base, type: 'number', default: (descriptor.default as number) ?? 0 };
		case 'boolean':
			return { ...base, type: 'boolean', default: (descriptor.default as boolean) ?? false };
		case 'list':
			if (field.choices) return { ...base, type: 'multiOptions', options: sorted(field.choices), default: [] };
			return {
				...base,
				type: 'string',
				default: '',
				description: `${field.help} Separate several with commas or line breaks.`,
			};
		default:
			return {
				...base,
				type: field.kind === 'datetime' ? 'dateTime' : 'string',
				default: '',
				...(descriptor.format === 'email' ? { placeholder: 'name@email.com' } : {}),
			};
	}
}

/** The field with the operation's own choices, those the catalog allows; the field as it is without them. */
function narrowed(field: FormField, offered: readonly Choice[] | undefined): FormField {
	if (!offered || !field.choices) return field;
	const allowed = new Set(field.choices.map((choice) => choice.value));
	return { ...field, choices: offered.filter((choice) => allowed.has(choice.value)) };
}

/** Choices as n8n options, sorted by name as n8n's lint wants. */
function sorted(choices: readonly Choice[]): INodePropertyOptions[] {
	return choices.map(({ value, label }) => ({ name: label, value })).sort(byName);
}

/** A field of any keys (custom fields): entered as a list of key/value pairs. */
function isDict(field: FormField): boolean {
	return field.kind === 'dict';
}

function dictProperty(field: FormField, words: DictWords): INodeProperties {
	return {
		displayName: field.label,
		name: field.key,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: words.placeholder,
		default: {},
		description: field.help,
		options: [
			{
				name: 'field',
				displayName: 'Field',
				values: [
					{ displayName: words.keyName, name: 'key', type: 'string', default: '', description: words.keyHelp },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: words.valueHelp },
				],
			},
		],
	};
}

/** The key/value list's entries as the record the API takes; the value rules then apply to it as to any. */
function dictRecord(raw: unknown): Record<string, unknown> | undefined {
	const entries = ((raw as { field?: Array<{ key?: string; value?: unknown }> } | undefined)?.field ?? []).filter((entry) => entry.key);
	return entries.length ? Object.fromEntries(entries.map(({ key, value }) => [key as string, value])) : undefined;
}
