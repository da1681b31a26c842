/**
 * The one way the app calls its API: the machine's client for the product's definition over `z.request`, with the
 * connection's credentials and base URL, and every failure turned into Zapier's error.
 */
import { createClient, type FieldLabels, type OperationInput, type OperationOutput, type OperationSpec } from '@integration-pack/core/machine';
import type { Bundle, ZObject } from 'zapier-platform-core';
import type { ZapierProduct } from '../product';
import { toZapierError } from './errors';
import { zapierTransport } from './transport';

export interface CallOptions<T> {
  /** Zap-builder labels for the operation's fields, so validation errors name what the user saw. */
  labels?: FieldLabels;
  /** What a 404 for a record means here (a search answers `[]`); without it a 404 is an error. */
  onRecordNotFound?: () => T;
  /** Where a missing permission only costs a nicety (names in a dropdown), what to use instead. */
  onMissingPermission?: () => T;
}

export function baseUrlOf(product: ZapierProduct, bundle: Pick<Bundle, 'authData'>): string {
  const configured = (bundle.authData as Record<string, unknown> | undefined)?.[product.baseUrlKey];
  return typeof configured === 'string' && configured.trim() ? configured.trim() : product.definition.baseUrl;
}

export async function callApi<O extends OperationSpec, T = OperationOutput<O>>(
  product: ZapierProduct,
  z: ZObject,
  bundle: Pick<Bundle, 'authData'>,
  operation: O,
  input: OperationInput<O> | Record<string, unknown>,
  options: CallOptions<T> = {},
): Promise<OperationOutput<O> | T> {
  try {
    const client = createClient(product.definition, {
      credentials: product.credentialsOf((bundle.authData ?? {}) as Record<string, unknown>),
      baseUrl: baseUrlOf(product, bundle),
      transport: zapierTransport(z),
      userAgent: product.userAgent,
    });
    return (await client.call(operation, input as Record<string, unknown>)) as OperationOutput<O>;
  } catch (error) {
    const kind = product.readErrors(error)?.kind;
    if (options.onRecordNotFound && kind === 'not-found') return options.onRecordNotFound();
    if (options.onMissingPermission && kind === 'permission') return options.onMissingPermission();
    throw toZapierError(product, z, error, options.labels);
  }
}
