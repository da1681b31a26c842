/**
 * Custom auth with a Reeve session token, an optional brand and the Base URL. The test lists the user's connections
 * (docs/reeve-api.md §3 endpoint 4), the cheapest call a session may make: a lapsed or revoked token answers 401,
 * which Zapier shows with the words of SESSION_TOKEN_HELP (sign in again and paste the new token).
 */
import { REEVE_BASE_URL, reeveCatalog, SESSION_TOKEN_HELP, type ConnectionList } from '@integration-pack/core/reeve';
import { credentialFingerprint } from '../../zapier/src/platform/authentication';
import { reeve } from './reeve';

/**
 * Without a Brand ID, the label names the brand the connections are in, or else a fingerprint of the session (a
 * hash: no character of the token is shown), so two users' connections never look alike.
 */
export function connectionName(testOutput: unknown, authData: Readonly<Record<string, unknown>>): string {
  const brand = (testOutput as Partial<ConnectionList> | undefined)?.connections?.[0]?.brand_id;
  if (brand) return `brand ${brand}`;
  return `session ${credentialFingerprint(authData.session_token)}`;
}

export const SESSION_TOKEN_FIELD_HELP =
  'Your Reeve session token: sign in at [Reeve](https://app.meetreeve.com) and copy it from your session. It lapses after 30 days unused or when revoked; then ' +
  SESSION_TOKEN_HELP.charAt(0).toLowerCase() +
  SESSION_TOKEN_HELP.slice(1);

export const authentication = reeve.defineAuthentication({
  fields: [
    { key: 'session_token', label: 'Session Token', type: 'password', required: true, helpText: SESSION_TOKEN_FIELD_HELP },
    {
      key: 'brand_id',
      label: 'Brand ID',
      type: 'string',
      required: false,
      helpText: 'Optional: the brand to act in (brd_…). Leave empty for your default brand. It also names the connection, so you can tell brands apart.',
    },
    {
      key: 'base_url',
      label: 'Base URL',
      type: 'string',
      required: false,
      default: REEVE_BASE_URL,
      helpText: `Leave as \`${REEVE_BASE_URL}\`. Change it only to try the app against a Reeve reference server.`,
    },
  ],
  testOperation: reeveCatalog.connections.list,
  // A 403 is a brand the user is not in: the connection's own Brand ID is wrong, so the test must fail.
  missingPermissionProvesCredentials: false,
  nameKey: 'brand_id',
  fallbackName: connectionName,
});
