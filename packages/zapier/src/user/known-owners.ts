/**
 * Reevo cannot list its users: the user search needs an exact email. The best honest list is the people who own
 * the records this key can list (recent opportunities and accounts). Users who own nothing yet do not appear;
 * the dropdown still accepts a typed email, and Find User checks one (see the README).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { recentAccounts } from '../account/recent-accounts';
import { recentOpportunities, WIDEST_PAGE } from '../opportunity/recent-opportunities';

export async function knownOwnerEmails(z: ZObject, bundle: Bundle): Promise<string[]> {
  const sources = await Promise.allSettled([recentOpportunities(z, bundle, {}, 0, WIDEST_PAGE), recentAccounts(z, bundle)]);
  const found: { owner_email: string | null }[] = sources.flatMap((source) => (source.status === 'fulfilled' ? [...source.value] : []));
  // Only when no source could be read is there nothing honest to show; then the first error says why.
  const failure = sources.find((source) => source.status === 'rejected');
  if (found.length === 0 && failure?.status === 'rejected') throw failure.reason;
  return [...new Set(found.map((record) => record.owner_email).filter((email): email is string => Boolean(email)))].sort();
}
