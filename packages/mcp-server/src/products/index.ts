/** Every product the server knows, and which of them the environment turns on. */
import { ConfigurationError, type ConnectedProduct, type Environment, type Product } from './product';
import { reeve } from './reeve';
import { reevo } from './reevo';

export const PRODUCTS: readonly Product[] = [reevo, reeve];

/** The products whose credential is set, each with its client; a start with none says what to set. */
export function connectProducts(env: Environment, products: readonly Product[] = PRODUCTS): ConnectedProduct[] {
  const connected = products.filter((product) => env[product.credential.variable]?.trim()).map((product) => ({ product, client: product.clientFrom(env) }));
  if (connected.length === 0) {
    const wanted = products.map((product) => `${product.credential.variable} to ${product.credential.holds}`).join(' or ');
    throw new ConfigurationError(`No product is configured: set ${wanted}. Each product's tools appear only when its credential is set.`);
  }
  return connected;
}

export { ConfigurationError, type ConnectedProduct, type Environment, type Product } from './product';
