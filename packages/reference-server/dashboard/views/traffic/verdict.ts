/** The permission check's verdict of a journaled request, in words: short for the table, long for the detail. */
import type { JournalEntry } from '../../api';

export function verdictOf(entry: JournalEntry): { short: string; long: string } {
  const check = entry.permissionCheck;
  if (check === null) return { short: '—', long: 'No check ran (the request was refused before it, or its API has no permissions).' };
  if (check.missing.length > 0) return { short: `refused: lacks ${check.missing.join(', ')}`, long: `Refused: the key lacks ${check.missing.join(', ')} (needed: ${check.required.join(', ')}).` };
  return { short: 'allowed', long: check.required.length === 0 ? 'Allowed: the operation needs no permission.' : `Allowed: the key has ${check.required.join(', ')}.` };
}
