/**
 * Reevo has no "list accounts" endpoint, only a search by domain that matches a substring. Every domain holds a
 * dot, so searching for "." lists the accounts that have a domain, newest first; accounts without one cannot
 * be listed at all (the README says so, and Find Account by ID reaches them).
 */
import { catalog, EVERY_DOMAIN, type Account } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callReevo } from '../reevo';

export const ACCOUNT_PAGE_SIZE = 100;

export function recentAccounts(z: ZObject, bundle: Bundle, page = 0): Promise<Account[]> {
  return callReevo(z, bundle, catalog.accounts.search, { domain_name: EVERY_DOMAIN, limit: ACCOUNT_PAGE_SIZE, offset: page * ACCOUNT_PAGE_SIZE });
}
