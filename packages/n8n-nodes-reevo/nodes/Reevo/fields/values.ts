/**
 * Turns what an n8n parameter holds into what the API expects: n8n has no list or null inputs for plain text, and
 * its date picker gives local times without an offset.
 */
import type { FieldDescriptor } from '@reevo/client/core';

/** "a@x.com, b@x.com" (or an array from an expression) → ["a@x.com", "b@x.com"]. */
export function toList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String).map((item) => item.trim()).filter(Boolean);
	return String(value ?? '')
		.split(/[,\n]/)
		.map((item) => item.trim())
		.filter(Boolean);
}

/** n8n's dateTime parameter gives "2026-11-30T17:00:00" (local, no offset); the API wants an offset. */
export function toTimestamp(value: unknown): unknown {
	if (typeof value !== 'string' || value === '') return value;
	if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return value;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A resource locator's value (list, ID or URL mode) or a plain value, as the record's ID. */
export function locatorValue(value: unknown): unknown {
	if (!value || typeof value !== 'object' || !('__rl' in value)) return value;
	const { mode, value: raw } = value as { mode?: string; value?: unknown };
	if (mode === 'url' && typeof raw === 'string') return UUID.exec(raw)?.[0] ?? raw;
	return raw;
}

export const UUID_PATTERN = UUID.source;

/** Converts one parameter value for the field it fills; `undefined` means "leave the field out". */
export function toApiValue(descriptor: FieldDescriptor, raw: unknown): unknown {
	const value = locatorValue(raw);
	if (value === undefined) return undefined;
	if (value === '' || value === null) {
		if (descriptor.required) return value;
		return descriptor.nullable ? null : undefined;
	}
	if (descriptor.type === 'array') {
		const list = toList(value);
		return descriptor.items?.format === 'date-time' ? list.map(toTimestamp) : list;
	}
	if (descriptor.type === 'number' || descriptor.type === 'integer') return typeof value === 'string' ? Number(value) : value;
	if (descriptor.format === 'date-time') return toTimestamp(value);
	return value;
}
