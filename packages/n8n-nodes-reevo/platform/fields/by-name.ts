/**
 * Orders dropdown options by their label. `localeCompare` would do, but its first call loads ICU's collation data,
 * about 20 ms of every n8n start; our labels are plain English words, so comparing lowercased code units gives the
 * same order.
 */
export function byName(a: { name: string }, b: { name: string }): number {
	const left = a.name.toLowerCase();
	const right = b.name.toLowerCase();
	return left < right ? -1 : left > right ? 1 : 0;
}
