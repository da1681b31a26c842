/**
 * Custom auth with a Reevo API key. Reevo has no "who am I" endpoint, so the test lists webhook subscriptions:
 * Reevo checks the key (401 when unknown or expired) before permissions (403), so a 403 still proves the key is
 * valid. Any valid key connects; each step then names a permission it lacks.
 */
import { API_BASE_URL, catalog } from '@integration-pack/core/reevo/api';
import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { baseUrlOf, callReevo } from './http/call-reevo';

export const API_KEY_HELP =
  'Find it in [Reevo](https://app.reevo.ai) under **Settings → API Keys**: a workspace admin creates the key and copies it at once (Reevo shows it only once). ' +
  'Give it the permissions of the steps you use: Contacts Write and Accounts Write to create or update contacts; Accounts Write, Opportunities Write, ' +
  'Tasks Write, Activities Write and Sequence Enrollment Write for those actions; the Read permission of what a search finds (Users Read, Mailbox Read); ' +
  'and for triggers, Webhooks Write plus Read on the record (Activities Write for New Activity). Write includes Read.';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

interface ConnectionInfo {
  host: string;
  key_name?: string;
}

async function test(z: ZObject, bundle: Bundle): Promise<ConnectionInfo> {
  const baseUrl = baseUrlOf(bundle);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new z.errors.Error(`The Base URL "${baseUrl}" is not a URL. Leave it as ${API_BASE_URL} unless Reevo support told you otherwise.`, 'InvalidBaseUrl', 400);
  }
  // Only a local reference server may go without TLS: the key must never cross a network in clear text.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new z.errors.Error(`The Base URL must start with https:// (it is ${baseUrl}). Use ${API_BASE_URL}.`, 'InvalidBaseUrl', 400);
  }
  await callReevo(z, bundle, catalog.webhooks.list, {}, { onMissingPermission: () => [] });
  const keyName = String((bundle.authData as { key_name?: unknown }).key_name ?? '').trim();
  return { host: url.host, ...(keyName ? { key_name: keyName } : {}) };
}

export async function connectionLabel(_z: ZObject, bundle: Bundle): Promise<string> {
  const info = bundle.inputData as Partial<ConnectionInfo>;
  return info.key_name ? `${info.key_name} (${info.host ?? 'Reevo'})` : (info.host ?? 'Reevo');
}

export const authentication = {
  type: 'custom',
  fields: [
    { key: 'api_key', label: 'API Key', type: 'password', required: true, helpText: API_KEY_HELP },
    {
      key: 'key_name',
      label: 'Key Name',
      type: 'string',
      required: false,
      helpText: 'Optional: the name you gave this key in Reevo, shown in the connection name so you can tell connections apart. Never the key itself.',
    },
    {
      key: 'base_url',
      label: 'Base URL',
      type: 'string',
      required: false,
      default: API_BASE_URL,
      helpText: `Leave as ${API_BASE_URL}. Change it only to try the app against a Reevo reference server.`,
    },
  ],
  test,
  connectionLabel,
} satisfies Authentication;
