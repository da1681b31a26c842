/**
 * The conformance suite, registered once per target. Each section says whether it needs the reference server's
 * admin API (fresh workspaces, keys made on the fly, quotas, key expiry, the clock, the webhook log): pointed at the
 * real API, a target without admin would register only the sections that do not.
 */
import type { TestWorkspace } from '@reevo/reference-server/testing';
import { describeBusinessRules } from './business-rules';
import { ERROR_ROWS, type ErrorScenario } from './error-rows';
import { HAPPY_PATHS, type Scenario } from './happy-paths';
import { describeIsolation } from './isolation';
import { describePermissions } from './permissions';
import { startTarget, type Target, type TargetMode } from './target';
import { describeWebhookDelivery } from './webhook-delivery';

export interface Section {
  name: string;
  needsAdmin: boolean;
  register: (getTarget: () => Target) => void;
}

export const SECTIONS: readonly Section[] = [
  {
    name: 'happy path of every operation',
    needsAdmin: false,
    register: (getTarget) =>
      it.each(Object.entries(HAPPY_PATHS) as [string, Scenario][])('%s', async (_operationId, scenario) => {
        // Every test gets its own workspace, so scenarios can change the demo records freely.
        const workspace: TestWorkspace = await getTarget().workspace();
        await scenario({ client: getTarget().client(workspace.fullKey), hookUrl: 'http://127.0.0.1:9/reevo-hook' });
      }),
  },
  {
    name: 'every error row of API.md §3',
    needsAdmin: false,
    register: (getTarget) =>
      it.each((Object.entries(ERROR_ROWS) as [string, ErrorScenario][]).filter(([, scenario]) => !scenario.admin))('%s', async (_row, scenario) => {
        await scenario.run(getTarget(), await getTarget().workspace());
      }),
  },
  {
    name: 'error rows that need admin controls',
    needsAdmin: true,
    register: (getTarget) =>
      it.each((Object.entries(ERROR_ROWS) as [string, ErrorScenario][]).filter(([, scenario]) => scenario.admin))('%s', async (_row, scenario) => {
        await scenario.run(getTarget(), await getTarget().workspace());
      }),
  },
  { name: 'permissions', needsAdmin: true, register: describePermissions },
  { name: 'business rules', needsAdmin: true, register: describeBusinessRules },
  { name: 'tenant isolation', needsAdmin: true, register: describeIsolation },
  { name: 'webhook delivery', needsAdmin: true, register: describeWebhookDelivery },
];

export function defineConformanceSuite(mode: TargetMode, options: { admin: boolean } = { admin: true }) {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(mode);
  });
  afterAll(async () => {
    await target?.close();
  });
  for (const section of SECTIONS.filter((candidate) => options.admin || !candidate.needsAdmin)) {
    describe(section.name, () => section.register(() => target));
  }
}
