/** Reeve: the session token (`REEVE_SESSION_TOKEN`), brand (`REEVE_BRAND`) and base URL (`REEVE_BASE_URL`) from the environment. */
import { createClient } from '@integration-pack/core/machine';
import { createAxiosTransport } from '@integration-pack/core/machine/axios';
import { reeveApi } from '@integration-pack/core/reeve/api';
import contract from '../../../../docs/reeve-api.md';
import { baseUrlFrom, type Product } from './product';

export const reeve: Product = {
  prefix: 'reeve',
  definition: reeveApi,
  about: "a Reeve user's connectors (OAuth and API-key providers, their events, webhooks) in one brand, with the user's session",
  credential: { variable: 'REEVE_SESSION_TOKEN', holds: "a Reeve session token (the user's, from signing in to Reeve)" },
  contract: { path: 'docs/reeve-api.md', text: contract },
  clientFrom(env) {
    const baseUrl = baseUrlFrom(env, 'REEVE_BASE_URL');
    const brandId = env.REEVE_BRAND?.trim();
    return createClient(reeveApi, {
      credentials: { sessionToken: env.REEVE_SESSION_TOKEN ?? '', ...(brandId ? { brandId } : {}) },
      transport: createAxiosTransport(),
      ...(baseUrl ? { baseUrl } : {}),
    });
  },
};
