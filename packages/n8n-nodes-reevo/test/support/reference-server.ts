/**
 * The reference server's test helpers. n8n's lint lets this package import only its own devDependencies, and the
 * reference server is not one, so the tests reach its sources by path (the workspace resolves them the same way).
 */
export { startReferenceServer } from '../../../reference-server/src/testing';
export type { JournalEntry, ReferenceServerHandle, TestWorkspace } from '../../../reference-server/src/testing';
export { startWebhookReceiver, type ReceivedRequest } from '../../../reference-server/src/webhooks/receiver';
