/** The reference server's test helpers, from its `testing` subpath (a devDependency of this package). */
export { startReferenceServer, startWebhookReceiver } from '@reevo/reference-server/testing';
export type { JournalEntry, ReceivedRequest, ReferenceServerHandle, TestWorkspace } from '@reevo/reference-server/testing';
