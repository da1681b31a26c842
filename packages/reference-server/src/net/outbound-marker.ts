/**
 * The header on every request the server itself sends (webhook deliveries today; any later sender that uses the
 * delivery transport too), so that the admin API can refuse them even when no check of the target caught them: a
 * local proxy or tunnel in between, or another reference server process. Its value is not a secret: a caller who
 * copies it only gets itself refused.
 */
export const OUTBOUND_MARKER_HEADER = 'x-reference-server-outbound';
export const OUTBOUND_MARKER_VALUE = 'webhook-delivery';
