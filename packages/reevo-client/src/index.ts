/**
 * `@reevo/client`: the typed client for the Reevo public API v1, with axios as its default transport.
 *
 *   const reevo = createReevoClient({ apiKey: process.env.REEVO_API_KEY! });
 *   const [account] = await reevo.accounts.search({ domain_name: 'acme.com' });
 */
import { createReevoClient as createCoreClient, type ReevoClient, type ReevoClientOptions } from '@integration-pack/core/reevo';
import { createAxiosTransport, type AxiosTransportOptions } from '@integration-pack/core/machine/axios';

export * from '@integration-pack/core/reevo';
export { createAxiosTransport, type AxiosTransportOptions } from '@integration-pack/core/machine/axios';

export type ReevoClientConfig = Omit<ReevoClientOptions, 'transport'> & {
  /** Defaults to axios with retries; pass `axios` to tune that transport, or a transport of your own. */
  transport?: ReevoClientOptions['transport'];
  axios?: AxiosTransportOptions;
};

export function createReevoClient(config: ReevoClientConfig): ReevoClient {
  const { axios: axiosOptions, transport, ...rest } = config;
  return createCoreClient({ ...rest, transport: transport ?? createAxiosTransport(axiosOptions) });
}
