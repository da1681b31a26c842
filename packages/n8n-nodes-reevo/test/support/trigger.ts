/** The Reevo Trigger driven through n8n-core's hook and webhook contexts (test-support/n8n/trigger.ts). */
import { triggerDriver } from '../../../../test-support/n8n/trigger';
import { engine, reevoPackage } from './engine';
import { ReevoTrigger } from '../../nodes/ReevoTrigger/ReevoTrigger.node';

export type { TriggerHarness, WebhookCall } from '../../../../test-support/n8n/trigger';

export const { triggerWorkflow, checkExists, activate, deactivate, deliver } = triggerDriver(
	engine,
	'n8n-nodes-reevo.reevoTrigger',
	reevoPackage.nodes.reevoTrigger as ReevoTrigger,
);
