/** The reference server's admin API for Reeve (docs/reeve-api.md §6), as the suite's `ReeveAdminApi`. */
import type { ReferenceServerHandle } from '@reevo/reference-server/testing';
import type { ReeveAdminApi, StoredConnection } from './target';

interface CreatedUser {
  id: string;
  email: string;
  name: string;
  default_brand_id: string;
}
interface CreatedSession {
  token: string;
  user_id: string;
  expires_at: string | null;
}

export function reeveAdminOf(server: Pick<ReferenceServerHandle, 'admin'>): ReeveAdminApi {
  let users = 0;
  const session = (userId: string, expiresAt?: Date) =>
    server.admin<CreatedSession>('POST', '/reeve/sessions', { user_id: userId, ...(expiresAt ? { expires_at: expiresAt.toISOString() } : {}) });
  return {
    async user() {
      users += 1;
      // Unique across test files that share nothing but the process's randomness.
      const label = `${users}.${Math.random().toString(36).slice(2, 8)}`;
      const user = await server.admin<CreatedUser>('POST', '/reeve/users', { email: `conformance.${label}@example.com`, name: `Conformance User ${label}` });
      const { token } = await session(user.id);
      return { id: user.id, email: user.email, name: user.name, defaultBrandId: user.default_brand_id, token };
    },
    brand: (name, memberIds) => server.admin('POST', '/reeve/brands', { name, member_ids: memberIds }),
    session,
    async revokeSession(token) {
      await server.admin('POST', `/reeve/sessions/${encodeURIComponent(token)}/revoke`);
    },
    provider: (slug, behaviour) => server.admin('PUT', `/reeve/providers/${slug}`, behaviour),
    providerEvent: (slug, event) => server.admin('POST', `/reeve/providers/${slug}/events`, event),
    async connections(userId) {
      const { connections } = await server.admin<{ connections: StoredConnection[] }>('GET', `/reeve/connections?user_id=${encodeURIComponent(userId)}`);
      return connections;
    },
    async now() {
      const { now } = await server.admin<{ now: string }>('GET', '/clock');
      return new Date(now);
    },
    async advanceClock(seconds) {
      await server.admin('POST', '/clock', { advance_seconds: seconds });
    },
  };
}
