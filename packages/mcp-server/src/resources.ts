/**
 * Each product's readable resources: its event catalog (every webhook event with its description and a sample, from
 * the definition) and its contract document.
 */
import type { Resource } from '@modelcontextprotocol/sdk/types.js';
import type { Product } from './products/index';

export interface ProductResource extends Resource {
  text: string;
}

export function resourcesOf(product: Product): ProductResource[] {
  const { name } = product.definition;
  return [
    {
      uri: `${product.prefix}://events`,
      name: `${product.prefix}-events`,
      title: `${name} webhook events`,
      description: `Every event ${name} delivers to a webhook subscription: its type, what it means and a sample of its data. Use the types with the webhooks create tool.`,
      mimeType: 'application/json',
      text: JSON.stringify(product.definition.events, null, 2),
    },
    {
      uri: `${product.prefix}://contract`,
      name: `${product.prefix}-contract`,
      title: `${name} API contract`,
      description: `The ${name} API's contract (${product.contract.path}): endpoints, fields, errors, limits and webhooks.`,
      mimeType: 'text/markdown',
      text: product.contract.text,
    },
  ];
}
