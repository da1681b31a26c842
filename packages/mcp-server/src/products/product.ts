/**
 * The thin per-product layer: which definition, the tool-name prefix, the contract document, and how the
 * environment gives the client. Everything else (tools, resources, errors) is generic over the definition.
 */
import type { ApiDefinition, ClientBase } from '@integration-pack/core/machine';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface Product {
  /** The product in tool names and resource URIs: `reevo` → `reevo_accounts_create`, `reevo://events`. */
  prefix: string;
  definition: ApiDefinition;
  /** What its tools act on, for the server's instructions to an agent: "the Reevo CRM, with an API key's permissions". */
  about: string;
  /** The variable whose presence turns the product's tools on, and what it holds. */
  credential: { variable: string; holds: string };
  /** The contract document, repo-relative, and its text (bundled). */
  contract: { path: string; text: string };
  /** The client the environment describes; called only when the credential variable is set. */
  clientFrom(env: Environment): ClientBase;
}

export interface ConnectedProduct {
  product: Product;
  client: ClientBase;
}

/** A base URL variable, checked: unset gives the definition's own; anything but an http(s) URL is refused by name. */
export function baseUrlFrom(env: Environment, variable: string): string | undefined {
  const value = env[variable]?.trim();
  if (!value) return undefined;
  if (!/^https?:$/.test(URL.parse(value)?.protocol ?? '')) {
    throw new ConfigurationError(`${variable} is not an http(s) URL: "${value}". Give the API's origin, e.g. http://127.0.0.1:4010, or unset it for the real API.`);
  }
  return value;
}

/** A start the configuration does not allow; the message names the variable or flag and the fix. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
