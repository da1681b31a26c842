/**
 * Building blocks shared by every resource module: field metadata, the primitive types of the API, and
 * paging. Field metadata (title, description, example) lives on the schema itself so that Zapier input
 * fields, n8n properties and OpenAPI all read the same words.
 */
import * as z from 'zod';
import { withFieldMeta } from '../../machine/field-meta';

/** Which kinds of record a field can identify, so a platform can offer a picker instead of a typed value. */
export const RECORD_REFS = ['account', 'contact', 'opportunity', 'user', 'mailbox', 'sequence', 'stage', 'closed_reason', 'pipeline', 'webhook'] as const;

export type RecordRef = (typeof RECORD_REFS)[number];

/** Narrows a field descriptor's `ref` (any string to the machine) to one of Reevo's record kinds. */
export function isRecordRef(ref: string | undefined): ref is RecordRef {
  return (RECORD_REFS as readonly (string | undefined)[]).includes(ref);
}

export interface FieldMeta {
  title: string;
  description: string;
  example?: unknown;
  /** The field holds the id or email of this kind of record (OpenAPI extension `x-record-ref`). */
  ref?: RecordRef;
  /** Where the API text says nothing of this field, the mark of the source that does ([R], [T] or [C]). */
  source?: 'R' | 'T' | 'C';
}

/**
 * Attaches UI-ready metadata. Call it last in a chain (after `.optional()`/`.nullable()`), so the metadata
 * sits on the schema that a property actually has and JSON Schema keeps it flat.
 */
export function field<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
  const { source, ...words } = meta;
  return withFieldMeta(schema, words, source ? { 'x-reevo-source': source } : {});
}

/** UUIDs compare case-insensitively, as pydantic parses them: an upper-case one reads as its lower-case form. */
export const uuid = () => z.uuid().toLowerCase();
export const email = () => z.email();
/** ISO 8601 with an offset, e.g. `2026-11-23T10:00:00Z` (docs/reevo-api.md §1). */
export const timestamp = () => z.iso.datetime({ offset: true });

const customFieldValue = z.union([z.string(), z.array(z.string())]);

/** Custom fields keyed by API name or UUID; values are a string or a list of strings. */
export const customFieldsInput = (recordKind: string) =>
  field(z.record(z.string().min(1), customFieldValue), {
    title: 'Custom Fields',
    description: `Custom ${recordKind} fields, keyed by the field's API name (or its UUID). A value is text or a list of texts.`,
    example: { industry: 'Manufacturing' },
    source: 'T',
  }).optional();

/** In a PATCH, custom fields merge per key and a `null` value removes the key. */
export const customFieldsPatch = (recordKind: string) =>
  field(z.record(z.string().min(1), customFieldValue.nullable()), {
    title: 'Custom Fields',
    description: `Custom ${recordKind} fields to change, keyed by API name or UUID. Keys you leave out stay as they are; a null value clears that field.`,
    example: { industry: 'Manufacturing', legacy_id: null },
    source: 'C',
  }).optional();

export const customFieldsOutput = () =>
  field(z.record(z.string(), customFieldValue), {
    title: 'Custom Fields',
    description: 'Custom field values keyed by API name.',
  });

/** Search paging (docs/reevo-api.md §1): `limit` 1–200 with a per-endpoint default, `offset` from 0. */
export function pagingFields(defaultLimit: number) {
  return {
    limit: field(z.int().min(1).max(200).default(defaultLimit), {
      title: 'Limit',
      description: `How many records to return in one page (1–200, default ${defaultLimit}).`,
      example: defaultLimit,
    }),
    offset: field(z.int().min(0).default(0), {
      title: 'Offset',
      description: 'How many matching records to skip, for paging (default 0).',
      example: 0,
    }),
  };
}

export const createdAt = () =>
  field(timestamp(), { title: 'Created At', description: 'When the record was created.' });
export const updatedAt = () =>
  field(timestamp(), { title: 'Updated At', description: 'When the record last changed.' });

/** A nullable text field of a response object. */
export const nullableText = (title: string, description: string) =>
  field(z.string().nullable(), { title, description });
