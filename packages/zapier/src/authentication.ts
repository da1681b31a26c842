/**
 * Custom auth with a Reevo API key. Reevo has no "who am I" endpoint, so the test lists webhook subscriptions:
 * Reevo checks the key (401 when unknown or expired) before permissions (403), so a 403 still proves the key is
 * valid. Any valid key connects; each step then names a permission it lacks. Nor does any answer name the workspace
 * or user behind a key, so a connection without a Key Name is labelled by a fingerprint of its key (Zapier check
 * D003: labels must tell connections apart; docs/decisions.md).
 */
import { API_BASE_URL, catalog } from '@integration-pack/core/reevo/api';
import { credentialFingerprint } from './platform/authentication';
import { reevo } from './reevo';

export const API_KEY_HELP =
  'Find it in [Reevo](https://app.reevo.ai) under **Settings → API Keys**: a workspace admin creates the key and copies it at once (Reevo shows it only once). ' +
  'Give it the permissions of the steps you use: Contacts Write and Accounts Write to create or update contacts; Accounts Write, Opportunities Write, ' +
  'Tasks Write, Activities Write and Sequence Enrollment Write for those actions; the Read permission of what a search finds (Users Read, Mailbox Read); ' +
  'and for triggers, Webhooks Write plus Read on the record (Activities Write for New Activity). Write includes Read.';

export const authentication = reevo.defineAuthentication({
  fields: [
    { key: 'api_key', label: 'API Key', type: 'password', required: true, helpText: API_KEY_HELP },
    {
      key: 'key_name',
      label: 'Key Name',
      type: 'string',
      required: false,
      helpText: 'Optional: the name you gave this key in Reevo, shown in the connection name so you can tell connections apart. Never the key itself. Left empty, the connection is named by a fingerprint of the key.',
    },
    {
      key: 'base_url',
      label: 'Base URL',
      type: 'string',
      required: false,
      default: API_BASE_URL,
      helpText: `Leave as \`${API_BASE_URL}\`. Change it only to try the app against a Reevo reference server.`,
    },
  ],
  testOperation: catalog.webhooks.list,
  missingPermissionProvesCredentials: true,
  nameKey: 'key_name',
  fallbackName: (_testOutput, authData) => `key ${credentialFingerprint(authData.api_key)}`,
});

export const { connectionLabel } = authentication;
