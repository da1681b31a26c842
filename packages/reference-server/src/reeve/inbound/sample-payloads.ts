/**
 * The bodies a fake provider sends when the admin route is given no payload: the catalog's samples of each
 * provider's own payload (`PROVIDER_PAYLOAD_SAMPLES`, the same ones the events' docs show), made fresh for each send
 * where the provider makes them unique (a Stripe event's `id` and `created`), and GitHub's `ping`, which a hook
 * receives when it is made but which becomes no Reeve event.
 */
import type { InboundScheme } from '@integration-pack/core/providers';
import { PROVIDER_PAYLOAD_SAMPLES } from '@integration-pack/core/reeve/api';

export interface SampleContext {
  now: Date;
  eventId: string;
  account: string;
}

const GITHUB_PING = (account: string) => ({
  zen: 'Design for failure.',
  hook_id: 1,
  hook: { type: 'Repository', active: true, events: ['push', 'pull_request', 'deployment_status'] },
  repository: { id: 1296269, name: 'hello-world', full_name: `${account}/hello-world`, private: false, default_branch: 'main' },
  sender: { login: account, id: 583231, type: 'Organization' },
});

/** The provider's own topics it has a sample for, to name them when asked for another. */
export function sampleTopics(scheme: InboundScheme): string[] {
  return [...Object.keys(PROVIDER_PAYLOAD_SAMPLES[scheme]), ...(scheme === 'github' ? ['ping'] : [])];
}

export function samplePayload(scheme: InboundScheme, topic: string, context: SampleContext): unknown {
  if (scheme === 'github' && topic === 'ping') return GITHUB_PING(context.account);
  const samples: Readonly<Record<string, unknown>> = PROVIDER_PAYLOAD_SAMPLES[scheme];
  if (!Object.hasOwn(samples, topic)) return undefined;
  const payload = structuredClone(samples[topic]);
  // Stripe deduplicates on the event id: each send is a new event.
  if (scheme === 'stripe') Object.assign(payload as object, { id: context.eventId, created: Math.floor(context.now.getTime() / 1000) });
  return payload;
}
