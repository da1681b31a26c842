/**
 * What only n8n's parameters hold: a resource locator's value. Every other value rule (lists, numbers, dates,
 * blanks) is the platform-neutral one of `@integration-pack/core/forms`, shared with Zapier. Record IDs are UUIDs.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A resource locator's value (list, ID or URL mode) or a plain value, as the record's ID. */
export function locatorValue(value: unknown): unknown {
	if (!value || typeof value !== 'object' || !('__rl' in value)) return value;
	const { mode, value: raw } = value as { mode?: string; value?: unknown };
	if (mode === 'url' && typeof raw === 'string') return UUID.exec(raw)?.[0] ?? raw;
	return raw;
}

export const UUID_PATTERN = UUID.source;
