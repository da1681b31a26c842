/**
 * A dropdown page of records Reevo lists only per owner (contacts, mailboxes, users), bounded to a few owner
 * searches per page by the rule n8n shares (owner-pages in the core's forms). Zapier numbers pages
 * (`bundle.meta.page`) but the next page starts at an owner and offset, so it travels in `z.cursor` (kept per Zap
 * for about an hour). A later page without a cursor (the list ended, or the cursor expired) is empty: Zapier stops.
 */
import { ownerCursorOf, ownerCursorToken, ownerPage, type OwnerPageOptions } from '@integration-pack/core/forms';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { pageOf } from '../platform/factories/list-trigger';
import { knownOwnerEmails } from './known-owners';

/** Written when the last owner was listed: a page after it is empty rather than the first page again. */
const LISTED_EVERY_OWNER = 'end';

export async function pageOfKnownOwners<T>(
  z: ZObject,
  bundle: Bundle,
  options: Pick<OwnerPageOptions<T>, 'search' | 'pageSize' | 'paged'>,
): Promise<T[]> {
  const page = pageOf(bundle);
  const token = page > 0 ? await z.cursor.get() : undefined;
  if (page > 0 && (!token || token === LISTED_EVERY_OWNER)) return [];
  const { records, next } = await ownerPage({ ...options, owners: await knownOwnerEmails(z, bundle), cursor: ownerCursorOf(token) });
  // A first page that lists everything needs no cursor: the common small workspace never touches cursor storage
  // (Zapier keeps it behind its RPC, which appTester reaches only with a deploy key).
  if (next || page > 0) await z.cursor.set(next ? ownerCursorToken(next) : LISTED_EVERY_OWNER);
  return records;
}
