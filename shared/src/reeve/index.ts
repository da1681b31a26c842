/**
 * `@reevo/client/reeve`: the typed client for Reeve's Connectors API (docs/reeve-api.md), with axios as its
 * default transport.
 *
 *   const reeve = createReeveClient({ sessionToken: process.env.REEVE_SESSION_TOKEN!, brandId: 'brand_acme' });
 *   const { connections } = await reeve.connections.list();
 */
import { createAxiosTransport, type AxiosTransportOptions } from '../machine/axios-transport';
import { createReeveClient as createCoreClient, type ReeveClient, type ReeveClientOptions } from './client';

export * from './core';
export { createAxiosTransport, type AxiosTransportOptions } from '../machine/axios-transport';

export type ReeveClientConfig = Omit<ReeveClientOptions, 'transport'> & {
  /** Defaults to axios with retries; pass `axios` to tune that transport, or a transport of your own. */
  transport?: ReeveClientOptions['transport'];
  axios?: AxiosTransportOptions;
};

export function createReeveClient(config: ReeveClientConfig): ReeveClient {
  const { axios: axiosOptions, transport, ...rest } = config;
  return createCoreClient({ ...rest, transport: transport ?? createAxiosTransport(axiosOptions) });
}
