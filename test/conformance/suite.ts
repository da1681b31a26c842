/**
 * The conformance suite, written once against a target (a base URL and a key) and registered by each entry file for
 * the target it chooses. A section needs either only the target's key, or the reference server's admin API; on a
 * target without admin (the real API) each admin section shows one test saying why it does not apply.
 */
import { describeBusinessRules, describeKeyOnlyBusinessRules } from './business-rules';
import { ERROR_ROWS, type AdminErrorScenario, type KeyErrorScenario } from './error-rows';
import { HAPPY_PATHS, type Scenario } from './happy-paths';
import { describeIsolation } from './isolation';
import { describePermissions } from './permissions';
import { openSession, type AdminSession, type AdminTarget, type Session, type Target } from './target';
import { describeWebhookDelivery } from './webhook-delivery';

/** Where a run gets its target. `admin` is known before the target starts, since jest registers tests first. */
export type TargetSource =
  | { admin: true; start(): Promise<StartedTarget<AdminTarget>> }
  | { admin: false; start(): Promise<StartedTarget<Target>> };

export interface StartedTarget<T extends Target> {
  target: T;
  /** Stops what `start` started (a local server). */
  close?: () => Promise<void>;
}

export type Section =
  | { name: string; needs: 'key'; register: (session: () => Session) => void }
  | {
      name: string;
      needs: 'admin';
      /** What the section uses the admin API for: the reason it does not apply to a target without one. */
      adminFor: string;
      register: (session: () => AdminSession) => void;
    };

const keyRows = Object.entries(ERROR_ROWS).filter((entry): entry is [string, KeyErrorScenario] => entry[1].needs === 'key');
const adminRows = Object.entries(ERROR_ROWS).filter((entry): entry is [string, AdminErrorScenario] => entry[1].needs === 'admin');

export const SECTIONS: readonly Section[] = [
  {
    name: 'error rows that need only a key',
    needs: 'key',
    register: (session) =>
      it.each(keyRows)('%s', async (_row, scenario) => {
        await scenario.run(session());
      }),
  },
  { name: 'business rules that need only a key', needs: 'key', register: describeKeyOnlyBusinessRules },
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
  let session: Session | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await source.start();
    close = started.close;
    session = openSession(started.target);
  });
  afterAll(async () => {
    await close?.();
  });
  const opened = (): Session => {
    if (!session) throw new Error('The conformance target did not start (see the beforeAll error).');
    return session;
  };

  for (const section of SECTIONS) {
    describe(section.name, () => {
      if (section.needs === 'key') section.register(opened);
      else if (source.admin) section.register(() => withAdmin(opened()));
      else {
        it(`does not apply: this target has no admin API, and the section needs it for ${section.adminFor}`, () => {
          // Fails when a target that has the admin API is run as one without: its admin sections would be left out for nothing.
          expect(opened().admin).toBeUndefined();
        });
      }
    });
  }
}

function withAdmin(session: Session): AdminSession {
  const { admin } = session;
  if (!admin) throw new Error('This section needs the admin API, and the target has none.');
  return { ...session, admin };
}
