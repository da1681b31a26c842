/**
 * The conformance suite, registered once per target. Scenarios that need the reference server's admin API
 * (keys made on the fly, quotas, key expiry, the webhook log) are marked `admin` and would not be registered
 * against a target without it.
 */
import type { TestWorkspace } from '@reevo/reference-server/testing';
import { describeBusinessRules } from './business-rules';
import { ERROR_ROWS, type ErrorScenario } from './error-rows';
import { HAPPY_PATHS, type Scenario } from './happy-paths';
import { describeIsolation } from './isolation';
import { describePermissions } from './permissions';
import { startTarget, type Target, type TargetMode } from './target';
import { describeWebhookDelivery } from './webhook-delivery';

/** Every test gets its own workspace, so scenarios can change the demo records freely. */
export function defineConformanceSuite(mode: TargetMode) {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(mode);
  });
  afterAll(async () => {
    await target?.close();
  });
  const getTarget = () => target;

  describe('happy path of every operation', () => {
    it.each(Object.entries(HAPPY_PATHS) as [string, Scenario][])('%s', async (_operationId, scenario) => {
      const workspace: TestWorkspace = await target.workspace();
      await scenario({ client: target.client(workspace.fullKey), hookUrl: 'http://127.0.0.1:9/reevo-hook' });
    });
  });

  describe('every error row of API.md §3', () => {
    it.each(Object.entries(ERROR_ROWS) as [string, ErrorScenario][])('%s', async (_row, scenario) => {
      await scenario.run(target, await target.workspace());
    });
  });

  describe('permissions', () => describePermissions(getTarget));
  describe('business rules', () => describeBusinessRules(getTarget));
  describe('tenant isolation', () => describeIsolation(getTarget));
  describe('webhook delivery', () => describeWebhookDelivery(getTarget));
}
