/**
 * The one way the app calls Reevo: the shared client over `z.request`, with the connection's key and base URL,
 * and every failure turned into Zapier's error.
 */
import {
  API_BASE_URL,
  ReevoNotFoundError,
  ReevoPermissionError,
  createReevoClient,
  type OperationInput,
  type OperationOutput,
  type OperationSpec,
} from '@integration-pack/core/reevo';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { toZapierError, type FieldLabels } from './errors';
import { zapierTransport } from './transport';

export const APP_USER_AGENT = 'reevo-zapier/0.1.0';

export interface AuthData {
  api_key: string;
  base_url?: string;
}

export interface CallOptions<T> {
  /** Zap-builder labels for the operation's fields, so validation errors name what the user saw. */
  labels?: FieldLabels;
  /** What a 404 for a record means here (a search answers `[]`); without it a 404 is an error. */
  onRecordNotFound?: () => T;
  /** Where a missing permission only costs a nicety (names in a dropdown), what to use instead. */
  onMissingPermission?: () => T;
}

export function baseUrlOf(bundle: Pick<Bundle, 'authData'>): string {
  const configured = (bundle.authData as Partial<AuthData>).base_url?.trim();
  return configured ? configured : API_BASE_URL;
}

export async function callReevo<O extends OperationSpec, T = OperationOutput<O>>(
  z: ZObject,
  bundle: Pick<Bundle, 'authData'>,
  operation: O,
  input: OperationInput<O> | Record<string, unknown>,
  options: CallOptions<T> = {},
): Promise<OperationOutput<O> | T> {
  try {
    const client = createReevoClient({
      apiKey: String((bundle.authData as Partial<AuthData>).api_key ?? ''),
      baseUrl: baseUrlOf(bundle),
      transport: zapierTransport(z),
      userAgent: APP_USER_AGENT,
    });
    return (await client.call(operation, input as Record<string, unknown>)) as OperationOutput<O>;
  } catch (error) {
    if (options.onRecordNotFound && error instanceof ReevoNotFoundError && error.kind === 'record') return options.onRecordNotFound();
    if (options.onMissingPermission && error instanceof ReevoPermissionError) return options.onMissingPermission();
    throw toZapierError(z, error, options.labels);
  }
}
