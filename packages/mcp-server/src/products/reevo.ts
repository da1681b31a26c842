/** Reevo: the API key (`REEVO_API_KEY`) and base URL (`REEVO_BASE_URL`) from the environment. */
import { createClient } from '@integration-pack/core/machine';
import { createAxiosTransport } from '@integration-pack/core/machine/axios';
import { reevoApi } from '@integration-pack/core/reevo/api';
import contract from '../../../../docs/reevo-api.md';
import { baseUrlFrom, type Product } from './product';

export const reevo: Product = {
  prefix: 'reevo',
  definition: reevoApi,
  about: "the Reevo CRM (accounts, contacts, opportunities, tasks, activities, sequences, webhooks), with an API key's permissions",
  credential: { variable: 'REEVO_API_KEY', holds: 'a Reevo API key (Settings → API Keys, workspace admins only)' },
  contract: { path: 'docs/reevo-api.md', text: contract },
  clientFrom(env) {
    const baseUrl = baseUrlFrom(env, 'REEVO_BASE_URL');
    return createClient(reevoApi, { credentials: { apiKey: env.REEVO_API_KEY ?? '' }, transport: createAxiosTransport(), ...(baseUrl ? { baseUrl } : {}) });
  },
};
