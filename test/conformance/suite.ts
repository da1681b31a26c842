/**
 * Reevo's conformance suite, written once against a target (a base URL and a key) and registered by each entry file
 * for the target it chooses (how sections and targets work: seam/suite.ts). A section needs either only the target's
 * key, or the reference server's admin API.
 */
import { describeBusinessRules, describeKeyOnlyBusinessRules } from './business-rules';
import { ERROR_ROWS, type AdminErrorScenario, type KeyErrorScenario } from './error-rows';
import { HAPPY_PATHS, type Scenario } from './happy-paths';
import { describeIsolation } from './isolation';
import { describePermissions } from './permissions';
import { defineSuite, type Section as GenericSection, type TargetSource as GenericTargetSource } from './seam/suite';
import { openSession, type Session, type Target } from './target';
import { describeWebhookDelivery } from './webhook-delivery';

export type TargetSource = GenericTargetSource<Target>;
export type Section = GenericSection<Session>;

const keyRows = Object.entries(ERROR_ROWS).filter((entry): entry is [string, KeyErrorScenario] => entry[1].needs === 'key');
const adminRows = Object.entries(ERROR_ROWS).filter((entry): entry is [string, AdminErrorScenario] => entry[1].needs === 'admin');

export const SECTIONS: readonly Section[] = [
  {
    name: 'error rows that need only a key',
    needs: 'credentials',
    register: (session) =>
      it.each(keyRows)('%s', async (_row, scenario) => {
        await scenario.run(session());
      }),
  },
  { name: 'business rules that need only a key', needs: 'credentials', register: describeKeyOnlyBusinessRules },
  {
    name: 'happy path of every operation',
    needs: 'admin',
    adminFor: 'a fresh demo workspace, holding the catalog\'s example records, for each scenario',
    register: (session) =>
      it.each(Object.entries(HAPPY_PATHS) as [string, Scenario][])('%s', async (_operationId, scenario) => {
        // Every test gets its own workspace, so scenarios can change the demo records freely.
        const workspace = await session().admin.workspace();
        await scenario({ client: session().client(workspace.fullKey), hookUrl: 'http://127.0.0.1:9/reevo-hook' });
      }),
  },
  {
    name: 'error rows that need admin controls',
    needs: 'admin',
    adminFor: 'keys made with chosen permissions, key expiry, quotas, and a fresh workspace with the example sequence',
    register: (session) =>
      it.each(adminRows)('%s', async (_row, scenario) => {
        await scenario.run(session(), await session().admin.workspace());
      }),
  },
  { name: 'permissions', needs: 'admin', adminFor: 'keys made with exactly the permissions each case needs', register: describePermissions },
  { name: 'business rules', needs: 'admin', adminFor: 'a fresh demo workspace for each rule, the clock and the request journal', register: describeBusinessRules },
  { name: 'tenant isolation', needs: 'admin', adminFor: 'two fresh workspaces', register: describeIsolation },
  { name: 'webhook delivery', needs: 'admin', adminFor: 'fresh demo workspaces and their webhook delivery log', register: describeWebhookDelivery },
];

export function defineConformanceSuite(source: TargetSource) {
  defineSuite(source, SECTIONS, openSession);
}
