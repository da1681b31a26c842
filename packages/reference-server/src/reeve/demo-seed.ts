/**
 * Seeds the Reeve demo of `fixtures/reeve-demo.ts`: its users with their public session tokens, the brand they
 * share (their default, so requests without `X-Reeve-Brand` see the demo, as Reeve's own examples send none), and
 * their connections, made and disconnected as the endpoints do (sealed credentials, webhook secrets, revocation),
 * and the catalog's example webhook subscription.
 */
import { EXAMPLE, EXAMPLE_SUBSCRIPTION, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { REEVE_DEMO_BRAND, REEVE_DEMO_CONNECTIONS, REEVE_DEMO_SUBSCRIBER, REEVE_DEMO_USERS } from '../../../../fixtures/reeve-demo';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { disconnect, saveConnected } from './connections';
import { isOAuthProvider } from './providers/token-models';
import type { ReeveBrand, ReeveUser } from './state';

export interface SeededReeveUser {
  user: ReeveUser;
  sessionToken: string;
}

export interface SeededReeve {
  users: SeededReeveUser[];
  brand: ReeveBrand;
}

export function seedReeveDemo(runtime: ReferenceRuntime): SeededReeve {
  const { reeve } = runtime;
  const nowMs = runtime.clock.nowMs();
  const users = REEVE_DEMO_USERS.map((demo) => {
    const user = reeve.state.createUser({ email: demo.email, name: demo.name });
    reeve.state.createSession(user.id, null, nowMs, demo.sessionToken);
    return { key: demo.key, user, sessionToken: demo.sessionToken };
  });
  const brand = reeve.state.createBrand({ name: REEVE_DEMO_BRAND, memberIds: users.map(({ user }) => user.id) });
  for (const { user } of users) reeve.state.setDefaultBrand(user.id, brand.id);
  for (const demo of REEVE_DEMO_CONNECTIONS) {
    const owner = users.find((candidate) => candidate.key === demo.user);
    if (!owner) throw new Error(`The Reeve demo connects ${demo.provider} for ${demo.user}, who is not a demo user.`);
    const caller = { user: owner.user, brandId: brand.id };
    if (demo.kind === 'api_key') {
      saveConnected(reeve, caller, { provider: demo.provider, accountName: accountNameOf(runtime, demo.provider, demo.apiKey, demo.config ?? {}), credentials: { kind: 'api_key', api_key: demo.apiKey, config: { ...(demo.config ?? {}) } }, expiresAt: null });
      continue;
    }
    if (!isOAuthProvider(demo.provider)) throw new Error(`The Reeve demo connects ${demo.provider} by OAuth, which it does not take.`);
    const token = reeve.providers.seedGrant(demo.provider, demo.accountName);
    const lifetimeSeconds = demo.expiresInMinutes === undefined ? token.expires_in : demo.expiresInMinutes * 60;
    const row = saveConnected(reeve, caller, {
      provider: demo.provider,
      accountName: demo.accountName,
      credentials: { kind: 'oauth', access_token: token.access_token, refresh_token: token.refresh_token ?? null, shop: demo.shop ?? null },
      expiresAt: lifetimeSeconds === undefined ? null : new Date(nowMs + lifetimeSeconds * 1000).toISOString(),
    });
    if (demo.disconnected) disconnect(reeve, row);
  }
  const subscriber = users.find((candidate) => candidate.key === REEVE_DEMO_SUBSCRIBER);
  if (!subscriber) throw new Error(`The Reeve demo's webhook subscription is for ${REEVE_DEMO_SUBSCRIBER}, who is not a demo user.`);
  runtime.reeveEvents.subscriptions.seed({ userId: subscriber.user.id, brandId: brand.id }, EXAMPLE_SUBSCRIPTION, EXAMPLE.subscriptionSecret);
  reeve.recorded.clear();
  return { users: users.map(({ user, sessionToken }) => ({ user, sessionToken })), brand };
}

/** The account name the fake provider reports for the demo key, as Connect would store it. */
function accountNameOf(runtime: ReferenceRuntime, provider: ProviderSlug, key: string, config: Record<string, string>): string {
  const check = runtime.reeve.providers.checkKey(provider, key, config);
  if (!check.accepted) throw new Error(`The Reeve demo's ${provider} key is refused by the fake provider: ${check.reason}.`);
  return check.accountName;
}
