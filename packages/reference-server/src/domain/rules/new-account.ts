import type { Account } from '@integration-pack/core/reevo/api';
import type { DomainContext } from '../contract';
import { timestampNow } from './records';

type AccountValues = Pick<Account, 'name'> & Partial<Omit<Account, 'id' | 'created_at' | 'updated_at'>>;

/** A new account with the API's defaults, as both Create Account and the upsert make one. Undefined values keep the default. */
export function newAccount(context: DomainContext, values: AccountValues): Account {
  const now = timestampNow(context);
  const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return {
    id: context.newId(),
    status: 'ACTIVE',
    domain_name: null,
    official_website: null,
    linkedin_url: null,
    facebook_url: null,
    zoominfo_url: null,
    x_url: null,
    owner_email: null,
    custom_fields: {},
    ...(given as AccountValues),
    created_at: now,
    updated_at: now,
  };
}
