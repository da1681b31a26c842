/** Request and response schemas of the admin routes for Reeve (docs/reeve-api.md §6). */
import { PROVIDER_SLUGS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import * as z from 'zod';

const isoTime = () => z.iso.datetime({ offset: true });
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9a-f]{24}$`), { message: `must be an id like ${prefix}_…` });
export const ProviderSlugSchema = z.enum(PROVIDER_SLUGS as [ProviderSlug, ...ProviderSlug[]]);

export const CreateUserBody = z.strictObject({ email: z.email().max(320), name: z.string().min(1).max(200).nullable().optional() });
export const ReeveUser = z.object({ id: z.string(), email: z.string(), name: z.string().nullable(), default_brand_id: z.string() }).meta({ id: 'AdminReeveUser', title: 'Reeve User' });

export const CreateBrandBody = z.strictObject({ name: z.string().min(1).max(200), member_ids: z.array(id('usr')).min(1).max(100) });
export const ReeveBrand = z.object({ id: z.string(), name: z.string(), member_ids: z.array(z.string()) }).meta({ id: 'AdminReeveBrand', title: 'Reeve Brand' });

export const CreateSessionBody = z.strictObject({ user_id: id('usr'), expires_at: isoTime().nullable().optional() });
export const ReeveSession = z
  .object({
    token: z.string().describe('The session token (an opaque UUID), shown only in this answer: send it as Authorization: Bearer <token>.'),
    user_id: z.string(),
    expires_at: isoTime().nullable().describe('The end set here, if any; besides it, a session lapses after 30 days unused.'),
  })
  .meta({ id: 'AdminReeveSession', title: 'Reeve Session' });
export const SessionTokenParams = z.strictObject({ token: z.string().min(1).max(200).describe('The session token to revoke.') });
export const RevokedSession = z.object({ revoked: z.literal(true) });

export const ProviderParams = z.strictObject({ provider: ProviderSlugSchema.describe('The fake provider, by its slug.') });
export const ProviderBehaviourBody = z.strictObject({
  reject_next_key: z.boolean().optional().describe('Refuse the next API key checked (acts once).'),
  reject_next_code: z.boolean().optional().describe('Answer invalid_grant to the next authorization code exchanged (acts once).'),
  refresh: z.enum(['ok', 'invalid_grant', 'unreachable']).optional().describe('How refreshes are answered, until changed.'),
  reachable: z.boolean().optional().describe('False: every call to the provider fails as if it were down, until changed.'),
});
export const ProviderBehaviour = z
  .object({ provider: ProviderSlugSchema, reject_next_key: z.boolean(), reject_next_code: z.boolean(), refresh: z.enum(['ok', 'invalid_grant', 'unreachable']), reachable: z.boolean() })
  .meta({ id: 'AdminReeveProviderBehaviour', title: 'Fake Provider Behaviour' });

export const ConnectionsQuery = z.strictObject({ user_id: id('usr').describe('The Reeve user whose connections to list (usr_…).') });
const base64 = () => z.string().describe('base64');
export const ConnectionRow = z
  .object({
    provider: ProviderSlugSchema,
    type: z.enum(['oauth', 'api_key', 'service_account']),
    status: z.enum(['connected', 'disconnected', 'expired', 'error']),
    account_name: z.string(),
    brand_id: z.string(),
    tools: z.array(z.string()),
    connected_at: isoTime(),
    expires_at: isoTime().nullable(),
    last_refreshed_at: isoTime().nullable(),
    status_reason: z.string().nullable(),
    user_id: z.string(),
    credentials: z.object({ ciphertext: base64(), iv: base64(), tag: base64() }).nullable().describe('AES-256-GCM, never in plain text; null once disconnected.'),
    refresh_history: z.array(z.object({ at: isoTime(), outcome: z.enum(['refreshed', 'invalid_grant', 'unreachable']), detail: z.string() })),
    webhook: z
      .object({ url: z.string(), secret: z.string(), scheme: z.enum(['shopify', 'stripe', 'github']) })
      .nullable()
      .describe("The connection's inbound webhook URL and signing secret (null for providers without inbound webhooks)."),
  })
  .meta({ id: 'AdminReeveConnection', title: 'Reeve Connection (as stored)' });
export const ConnectionRows = z.object({ connections: z.array(ConnectionRow) });

export const UserFilter = z.strictObject({ user_id: id('usr').optional().describe("A Reeve user's id: only theirs.") });
export const ReeveUsers = z.array(ReeveUser);
export const ReeveBrands = z.array(ReeveBrand);

export const ListedSession = z
  .object({
    id: z.string().describe('ses_…: names the session in this list and in POST /__admin/reeve/sessions/by-id/{id}/revoke; it cannot be used as a token.'),
    user_id: z.string(),
    token: z.string().describe('Masked: the last four characters only (the token is shown once, when created).'),
    state: z.enum(['active', 'revoked', 'expired', 'idle']).describe('expired: past its end; idle: unused for 30 days; both are answered 401, as revoked is.'),
    expires_at: isoTime().nullable(),
    last_used_at: isoTime(),
  })
  .meta({ id: 'AdminReeveListedSession', title: 'Reeve Session (masked)' });
export const ListedSessions = z.array(ListedSession);
export const SessionIdParams = z.strictObject({ id: z.string().regex(/^ses_[0-9a-f]{24}$/, { message: 'must be a session id like ses_… (GET /__admin/reeve/sessions lists them)' }).describe('The session\'s listed id (`ses_…`, from GET /__admin/reeve/sessions), never the token.') });

export const ProviderBehaviours = z.array(ProviderBehaviour);

export const AdminReeveSubscription = z
  .object({
    id: z.string(),
    user_id: z.string(),
    brand_id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    providers: z.array(z.string()).describe('Empty: every provider.'),
    description: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    created_at: isoTime(),
  })
  .meta({ id: 'AdminReeveWebhookSubscription', title: 'Webhook Subscription (Reeve)' });
export const AdminReeveSubscriptions = z.array(AdminReeveSubscription);

export const EventsQuery = z.strictObject({
  user_id: id('usr').describe("The Reeve user whose events to list (GET /__admin/reeve/users lists them)."),
  limit: z.coerce.number().int().min(1).max(1_000).default(100).describe('Events in the answer: 100 unless given, at most 1,000.'),
});
export const SystemEvents = z
  .array(
    z.object({
      id: z.string(),
      type: z.string(),
      provider: ProviderSlugSchema,
      brand_id: z.string(),
      connection_account: z.string().nullable(),
      received_at: isoTime(),
      data: z.unknown(),
    }),
  )
  .meta({ id: 'AdminReeveSystemEvents', title: 'Reeve SystemEvents of a user' });
