/**
 * The connection test and label, every action and the search against the reference server's Reeve, each test as a
 * user of its own: connect with an API key (settings fields for the providers that need them, a refused key's
 * reason with the key masked), the OAuth dance through Start and Complete, disconnect, find, the dropdowns, and an
 * expired or revoked session as Zapier's ExpiredAuthError.
 */
import type { Bundle } from 'zapier-platform-core';
import { connectionLabelProblems, liveResultProblems } from '../../../test-support/zapier-app-checks';
import { CREATE_KEYS, LIST_KEYS, SEARCH_KEYS } from '../src/keys';
import { App } from './helpers/definitions';
import { keyFor, performOf, useReferenceServer, type ReeveUser } from './helpers/live';

type Fields = (z: unknown, bundle: Bundle) => Promise<{ key: string; label?: string; required?: boolean }[]>;

const create = (key: string) => performOf<Record<string, unknown>>(App.creates![key]!);
const search = performOf<Record<string, unknown>[]>(App.searches![SEARCH_KEYS.findConnection]!);
const list = (key: string) => performOf<{ id: string; label: string }[]>(App.triggers![key]! as { operation: { perform?: unknown } });

describe('Reeve steps against the reference server', () => {
  const live = useReferenceServer();
  let user: ReeveUser;
  beforeEach(async () => {
    user = await live.user();
  });

  describe('authentication', () => {
    const test = App.authentication!.test as (z: unknown, bundle: Bundle) => Promise<Record<string, string>>;
    const label = App.authentication!.connectionLabel as (z: unknown, bundle: Bundle) => Promise<string>;
    // Zapier hands the label the test's answer as inputData.
    const labelOf = async (token: string, authData: Record<string, string> = {}) =>
      live.run((z, bundle) => label(z, bundle), token, { authData, inputData: await live.run(test, token, { authData }) });

    it('passes with a session token, and labels the connection by session when it has no connection yet', async () => {
      const other = await live.user();
      const [mine, theirs] = [await labelOf(user.token), await labelOf(other.token)];
      expect(mine).toMatch(/^session [0-9a-f]{8} \(127\.0\.0\.1:\d+\)$/);
      // Zapier check D003: labels tell connections apart and show no secret.
      expect(connectionLabelProblems([{ label: mine, secrets: [user.token] }, { label: theirs, secrets: [other.token] }])).toEqual([]);
    });

    it('labels by the brand chosen, or else by the brand its connections are in', async () => {
      expect(await labelOf(user.token, { brand_id: user.defaultBrandId })).toMatch(new RegExp(`^${user.defaultBrandId} \\(`));
      await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider: 'stripe', api_key: keyFor('stripe') } });
      expect(await labelOf(user.token)).toMatch(new RegExp(`^brand ${user.defaultBrandId} \\(`));
    });

    it('a revoked session fails with ExpiredAuthError saying to sign in again and paste a new token', async () => {
      await live.revoke(user.token);
      await expect(live.run(test, user.token)).rejects.toMatchObject({ name: 'ExpiredAuthError', message: expect.stringMatching(/Sign in to Reeve again.*new session token/) });
    });

    it('fails for a brand the user is not in, naming the Brand ID setting', async () => {
      const other = await live.user();
      await expect(live.run(test, user.token, { authData: { brand_id: other.defaultBrandId } })).rejects.toThrow(
        new RegExp(`not a member of brand ${other.defaultBrandId}.*brand ID setting`),
      );
    });

    it('refuses a plain-http Base URL that is not loopback', async () => {
      await expect(live.run(test, user.token, { authData: { base_url: 'http://services.meetreeve.com' } })).rejects.toThrow(/must start with https:\/\//);
    });
  });

  describe('Connect a Provider with an API Key', () => {
    const definition = () => App.creates![CREATE_KEYS.connectWithApiKey]!;
    const settingsFor = async (provider: string) => {
      const dynamic = definition().operation.inputFields!.find((field) => typeof field === 'function') as unknown as Fields;
      return live.run((z, bundle) => dynamic(z, bundle), user.token, { inputData: { provider } });
    };

    it('offers the API-key providers in its dropdown, and no Settings dict', () => {
      const fields = definition().operation.inputFields!.filter((field) => typeof field !== 'function') as { key: string; dynamic?: string }[];
      expect(fields.find((field) => field.key === 'provider')?.dynamic).toBe(`${LIST_KEYS.apiKeyProviders}.id.label`);
      expect(fields.map((field) => field.key)).not.toContain('config');
    });

    it('shows the settings fields only for the providers that need them', async () => {
      expect((await settingsFor('zendesk')).map((field) => [field.key, field.label, field.required])).toEqual([
        ['config_subdomain', 'Zendesk Subdomain', true],
        ['config_email', 'Agent Email', true],
      ]);
      expect(await settingsFor('stripe')).toEqual([]);
    });

    it('connects Stripe with its key, and Zendesk with its settings', async () => {
      const stripe = await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider: 'stripe', api_key: keyFor('stripe') } });
      expect(stripe).toMatchObject({ connected: true, provider: 'stripe' });
      expect(liveResultProblems(stripe, App.creates![CREATE_KEYS.connectWithApiKey]!)).toEqual([]);
      const zendesk = { provider: 'zendesk', api_key: keyFor('zendesk'), config_subdomain: 'acme', config_email: 'ops@acme.example' };
      expect(await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: zendesk })).toMatchObject({ connected: true, provider: 'zendesk', account_name: expect.stringContaining('acme') });
    });

    it("shows the provider's reason for a refused key, with the key masked", async () => {
      await live.server.admin('PUT', '/reeve/providers/stripe', { reject_next_key: true });
      const key = keyFor('stripe', 'wxyz');
      const refused = live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider: 'stripe', api_key: key } });
      await expect(refused).rejects.toThrow(/Stripe/);
      await expect(refused).rejects.toThrow(/sk_live_\*+wxyz/);
      await expect(refused).rejects.not.toThrow(key);
    });
  });

  it('starts an OAuth connection and completes it with the code and state of the redirect', async () => {
    const started = await live.run(create(CREATE_KEYS.startOauthConnection), user.token, { inputData: { provider: 'github' } });
    expect(started).toEqual({ auth_url: expect.stringMatching(/^http/) });
    const consent = new URL(String(started.auth_url));
    consent.searchParams.set('decision', 'approve');
    const redirect = await fetch(consent, { redirect: 'manual' });
    const { code, state } = Object.fromEntries(new URL(redirect.headers.get('location')!).searchParams);
    const completed = await live.run(create(CREATE_KEYS.completeOauthConnection), user.token, { inputData: { provider: 'github', code, state } });
    expect(completed).toMatchObject({ connected: true, provider: 'github' });
    const found = await live.run(search, user.token, { inputData: { provider: 'github' } });
    expect(found).toEqual([expect.objectContaining({ provider: 'github', status: 'connected' })]);
    // Zapier checks T004, T005: each live result holds its static sample's keys and the output fields' types.
    expect(liveResultProblems(started, App.creates![CREATE_KEYS.startOauthConnection]!)).toEqual([]);
    expect(liveResultProblems(completed, App.creates![CREATE_KEYS.completeOauthConnection]!)).toEqual([]);
    expect(liveResultProblems(found[0]!, App.searches![SEARCH_KEYS.findConnection]!)).toEqual([]);
  });

  it('finds a connection by provider, [] when there is none, and disconnects it', async () => {
    expect(await live.run(search, user.token, { inputData: { provider: 'stripe' } })).toEqual([]);
    await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider: 'stripe', api_key: keyFor('stripe') } });
    expect(await live.run(search, user.token, { inputData: { provider: 'stripe' } })).toEqual([expect.objectContaining({ provider: 'stripe', status: 'connected' })]);
    const disconnected = await live.run(create(CREATE_KEYS.disconnectProvider), user.token, { inputData: { provider: 'stripe' } });
    expect(disconnected).toMatchObject({ provider: 'stripe', status: 'disconnected' });
    expect(liveResultProblems(disconnected, App.creates![CREATE_KEYS.disconnectProvider]!)).toEqual([]);
    expect(await live.run(search, user.token, { inputData: { provider: 'stripe' } })).toEqual([expect.objectContaining({ status: 'disconnected' })]);
  });

  it('lists providers by kind and the connections of the brand in the dropdowns', async () => {
    const apiKey = await live.run(list(LIST_KEYS.apiKeyProviders), user.token);
    expect(apiKey.map((item) => item.id)).toEqual(expect.arrayContaining(['stripe', 'zendesk', 'google_analytics']));
    expect(apiKey.map((item) => item.id)).not.toContain('shopify');
    expect((await live.run(list(LIST_KEYS.oauthProviders), user.token)).map((item) => item.id)).toEqual(['meta', 'google_ads', 'tiktok_ads', 'shopify', 'github', 'slack']);
    expect(await live.run(list(LIST_KEYS.providers), user.token)).toHaveLength(15);
    await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider: 'stripe', api_key: keyFor('stripe') } });
    expect(await live.run(list(LIST_KEYS.connections), user.token)).toEqual([expect.objectContaining({ id: 'stripe', label: expect.stringMatching(/^Stripe: .+ \(connected\)$/) })]);
  });

  it('a step run with a revoked session fails with ExpiredAuthError, which pauses the Zap until reconnected', async () => {
    await live.revoke(user.token);
    await expect(live.run(search, user.token, { inputData: { provider: 'stripe' } })).rejects.toMatchObject({ name: 'ExpiredAuthError', message: expect.stringMatching(/new session token/) });
  });

  it('an unknown provider is refused before anything is sent, naming the field', async () => {
    await expect(live.run(create(CREATE_KEYS.disconnectProvider), user.token, { inputData: { provider: 'myspace' } })).rejects.toThrow(/Not sent to Reeve.*Provider/);
  });
});
