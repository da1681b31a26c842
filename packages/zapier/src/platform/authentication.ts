/**
 * Custom auth for any product: its own fields, a connection test that checks the Base URL (https, or http on
 * loopback only) and then makes one cheap call, and a connection label from the host and an optional name the user
 * gave. The product says which call proves the credentials, and whether a missing permission still proves them.
 */
import { createHash } from 'node:crypto';
import type { OperationSpec } from '@integration-pack/core/machine';
import type { AuthField, Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { baseUrlOf, callApi } from './http/call-api';
import type { ZapierProduct } from './product';

export interface AuthenticationOptions {
  fields: AuthField[];
  /** The call that proves the credentials. */
  testOperation: OperationSpec;
  /**
   * Whether a refusal for a missing permission still proves the credentials: true where the API checks credentials
   * before permissions (Reevo: any valid key connects, each step names what it lacks); false where a 403 means the
   * connection's own settings are wrong (Reeve: a brand the user is not in).
   */
  missingPermissionProvesCredentials: boolean;
  testInput?: Record<string, unknown>;
  /** The authData key of an optional field naming the connection ("Zapier prod"). */
  nameKey?: string;
  /**
   * A name for the connection when the field of `nameKey` is empty, from the test call's answer or the credentials
   * (never a credential itself), so that two connections to the same host can be told apart.
   */
  fallbackName?: (testOutput: unknown, authData: Readonly<Record<string, unknown>>) => string | undefined;
}

interface ConnectionInfo {
  host: string;
  key_name?: string;
}

/**
 * A short name for a credential that tells two apart without showing any of it: the first eight hex digits of its
 * SHA-256 (32 bits of a hash of a high-entropy secret reveal nothing usable about it).
 */
export function credentialFingerprint(secret: unknown): string {
  return createHash('sha256').update(String(secret ?? '')).digest('hex').slice(0, 8);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function defineAuthentication(product: ZapierProduct, options: AuthenticationOptions) {
  const { baseUrl: defaultBaseUrl, name } = product.definition;

  async function test(z: ZObject, bundle: Bundle): Promise<ConnectionInfo> {
    const baseUrl = baseUrlOf(product, bundle);
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new z.errors.Error(`The Base URL "${baseUrl}" is not a URL. Leave it as ${defaultBaseUrl} unless ${name} support told you otherwise.`, 'InvalidBaseUrl', 400);
    }
    // Only a local reference server may go without TLS: credentials must never cross a network in clear text.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
      throw new z.errors.Error(`The Base URL must start with https:// (it is ${baseUrl}). Use ${defaultBaseUrl}.`, 'InvalidBaseUrl', 400);
    }
    const output = await callApi(product, z, bundle, options.testOperation, options.testInput ?? {}, options.missingPermissionProvesCredentials ? { onMissingPermission: () => [] } : {});
    const authData = bundle.authData as Record<string, unknown>;
    const keyName = (options.nameKey ? String(authData[options.nameKey] ?? '').trim() : '') || (options.fallbackName?.(output, authData) ?? '');
    return { host: url.host, ...(keyName ? { key_name: keyName } : {}) };
  }

  async function connectionLabel(_z: ZObject, bundle: Bundle): Promise<string> {
    const info = bundle.inputData as Partial<ConnectionInfo>;
    return info.key_name ? `${info.key_name} (${info.host ?? name})` : (info.host ?? name);
  }

  return { type: 'custom', fields: options.fields, test, connectionLabel } satisfies Authentication;
}
