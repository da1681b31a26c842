/**
 * One operation's inputs as flat form fields, for any platform: each field says where its value goes in the API
 * input, its label, help, kind of value, choices and whether it is required. Zapier and n8n only render these and
 * read values back with `./values`; neither flattens, labels or coerces on its own. Generic: takes an operation,
 * never a product's catalog.
 */
import type * as z from 'zod';
import { describeFields, type FieldDescriptor } from '../machine/fields';
import { fieldGroupOf, type FieldGroupRule } from '../machine/field-groups';
import type { OperationSpec } from '../machine/operation';
import { humanize } from './words';

/** What a form field holds once read: the value kinds a platform renders an input for. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'datetime' | 'list' | 'dict';
export type ItemKind = Exclude<ValueKind, 'list' | 'dict'>;

export interface Choice {
  value: string;
  label: string;
}

export interface FormField {
  /** Where the value goes in the API input: `['metadata', 'subject']`; a top-level field has one segment. */
  path: readonly string[];
  /** The field's own key (the path's last segment). */
  key: string;
  label: string;
  help: string;
  /** Whether the API needs it (a nested field only when its object is needed too). */
  required: boolean;
  /** Whether the API takes null for it (in an update, null clears the field). */
  nullable: boolean;
  kind: ValueKind;
  /** For lists: what each item holds. */
  itemKind?: ItemKind;
  /** The values the API accepts (of the field, or of each item of a list), with readable labels. */
  choices?: readonly Choice[];
  /** The catalog's description of the field, for what only a platform knows (record pickers, formats). */
  descriptor: FieldDescriptor;
  /** The catalog's rule over a group of fields this one belongs to ("give at least one of"). */
  group?: FieldGroupRule;
}

export interface FormFieldOptions {
  /** Keys of top-level fields that are not for the form (e.g. paging, which the platform drives). */
  omit?: readonly string[];
}

/** The fields a caller fills to call the operation: path params first (they say which record), then query, body. */
export function operationFormFields(operation: OperationSpec, options: FormFieldOptions = {}): FormField[] {
  return operationSchemas(operation).flatMap((schema) => formFieldsOf(schema, options));
}

/** The fields of one object schema (a query, a body, or a trigger's filter). */
export function formFieldsOf(schema: z.ZodType, options: FormFieldOptions = {}): FormField[] {
  const omit = new Set(options.omit ?? []);
  const group = fieldGroupOf(schema);
  return flatten(
    describeFields(schema, 'input').filter((descriptor) => !omit.has(descriptor.key)),
    [],
  ).map((field) => (group?.keys.includes(field.path.join('.')) ? { ...field, group } : field));
}

/** The operation's rules over groups of fields, each once. */
export function fieldGroupsOf(operation: OperationSpec): FieldGroupRule[] {
  return operationSchemas(operation)
    .map(fieldGroupOf)
    .filter((rule): rule is FieldGroupRule => rule !== undefined);
}

function operationSchemas(operation: OperationSpec): z.ZodType[] {
  return [operation.params, operation.query, operation.body].filter((schema): schema is NonNullable<typeof schema> => schema !== undefined);
}

/** Objects with known keys (an activity's `metadata`) become one field per key; a record of any keys stays a dict. */
function flatten(descriptors: readonly FieldDescriptor[], parent: readonly string[]): FormField[] {
  return descriptors.flatMap((descriptor): FormField[] => {
    const path = [...parent, descriptor.key];
    if (descriptor.type === 'object' && descriptor.properties) {
      return flatten(
        descriptor.properties.map((child) => ({ ...child, required: child.required && descriptor.required })),
        path,
      );
    }
    return [toFormField(descriptor, path)];
  });
}

function toFormField(descriptor: FieldDescriptor, path: readonly string[]): FormField {
  const field: FormField = {
    path,
    key: descriptor.key,
    label: descriptor.title,
    help: descriptor.description,
    required: descriptor.required,
    nullable: descriptor.nullable,
    kind: kindOf(descriptor.type, descriptor.format),
    descriptor,
  };
  if (descriptor.type === 'array') field.itemKind = kindOf(descriptor.items?.type ?? 'string', descriptor.items?.format) as ItemKind;
  const values = descriptor.enum ?? descriptor.items?.enum;
  if (values) field.choices = values.map((value) => ({ value, label: humanize(value) }));
  return field;
}

function kindOf(type: FieldDescriptor['type'], format: string | undefined): ValueKind {
  if (type === 'array') return 'list';
  if (type === 'object') return 'dict';
  if (type === 'number' || type === 'integer' || type === 'boolean') return type;
  return format === 'date-time' ? 'datetime' : 'text';
}
