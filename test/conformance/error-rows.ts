/**
 * One scenario per row of docs/reevo-api.md §3 (and the framework errors): the status, the envelope and the words, checked on
 * the wire and through the client's typed errors.
 */
import {
  EXAMPLE,
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoKeyExpiredError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoValidationError,
} from '@reevo/client';
import type { TestWorkspace } from '@reevo/reference-server/testing';
import { errorOf, type AdminSession, type Session } from './target';

export type ErrorRow =
  | 'unknown key'
  | 'expired key'
  | 'missing permission'
  | 'quota exceeded'
  | 'record not found'
  | 'business rule'
  | 'conflict'
  | 'request validation'
  | 'unknown path'
  | 'unknown method';

/** A row that needs only the target's key: it runs against any server, and creates nothing there. */
export interface KeyErrorScenario {
  needs: 'key';
  run: (session: Session) => Promise<void>;
}

/** A row that needs the reference server's admin API (keys with chosen permissions, key expiry, quota, demo records). */
export interface AdminErrorScenario {
  needs: 'admin';
  run: (session: AdminSession, workspace: TestWorkspace) => Promise<void>;
}

export type ErrorScenario = KeyErrorScenario | AdminErrorScenario;

const generic = (error: string) => ({ error_response_type: 'GENERIC', error, message: expect.any(String) });

export const ERROR_ROWS = {
  'unknown key': {
    needs: 'key',
    run: async (session) => {
      const response = await session.raw({ method: 'GET', path: `/api/v1/public/accounts/${EXAMPLE.accountId}`, key: 'rv_not_a_real_key' });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ ...generic('UnauthorizedError'), message: 'Invalid API key' });
      await expect(session.client('rv_not_a_real_key').accounts.get({ account_id: EXAMPLE.accountId })).rejects.toBeInstanceOf(ReevoAuthError);
    },
  },
  'expired key': {
    needs: 'admin',
    run: async (session, workspace) => {
      const key = await workspace.key('all');
      await expect(session.client(key).users.search({ email: EXAMPLE.ownerEmail })).resolves.toHaveLength(1);
      await workspace.expireKey(key);
      const response = await session.raw({ method: 'POST', path: '/api/v1/public/users/search', key, body: { email: EXAMPLE.ownerEmail } });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ ...generic('UnauthorizedError'), message: 'API key has expired' });
      await expect(session.client(key).users.search({ email: EXAMPLE.ownerEmail })).rejects.toBeInstanceOf(ReevoKeyExpiredError);
    },
  },
  'missing permission': {
    needs: 'admin',
    run: async (session, workspace) => {
      const key = await workspace.key(['accounts:read']);
      const response = await session.raw({ method: 'POST', path: '/api/v1/public/account_contact', key, body: { email: 'x@example.com' } });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        error_response_type: 'GENERIC',
        error: 'ForbiddenError',
        message: 'API key is missing required permissions: Accounts Write, Contacts Write',
        details: { missing_permissions: ['accounts:write', 'contacts:write'] },
      });
      const error = await session.client(key).accountContact.upsert({ email: 'x@example.com' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReevoPermissionError);
      expect((error as Error).message).toMatch(/Accounts Write and Contacts Write permissions\. Ask a workspace admin/);
    },
  },
  'quota exceeded': {
    needs: 'admin',
    run: async (session, workspace) => {
      await workspace.setQuota(5, 60);
      const client = session.client(workspace.fullKey);
      const answers = [];
      for (let index = 0; index < 5; index += 1) answers.push(await session.raw({ method: 'POST', path: '/api/v1/public/users/search', key: workspace.fullKey, body: { email: EXAMPLE.ownerEmail } }));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.map((answer) => answer.headers['ratelimit-remaining'])).toEqual(['4', '3', '2', '1', '0']);
      expect(answers[0]!.headers['ratelimit-limit']).toBe('5');
      expect(answers[2]!.headers['x-reevo-quota-warning']).toBeUndefined();
      expect(answers[3]!.headers['x-reevo-quota-warning']).toBeTruthy();
      const refused = await session.raw({ method: 'POST', path: '/api/v1/public/users/search', key: workspace.fullKey, body: { email: EXAMPLE.ownerEmail } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ ...generic('QuotaExceededError'), details: { limit: 5, window_seconds: 60, reset_at: expect.any(String) } });
      const error = (await client.users.search({ email: EXAMPLE.ownerEmail }).catch((caught: unknown) => caught)) as ReevoQuotaError;
      expect(error).toBeInstanceOf(ReevoQuotaError);
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    },
  },
  'record not found': {
    needs: 'key',
    run: async (session) => {
      const missing = '00000000-0000-4000-8000-00000000dead';
      const client = session.client(session.apiKey);
      for (const [kind, call] of [
        ['Account', () => client.accounts.get({ account_id: missing })],
        ['Account', () => client.accounts.update({ account_id: missing, name: 'X' })],
        ['Contact', () => client.contacts.get({ contact_id: missing })],
        ['Opportunity', () => client.opportunities.get({ opportunity_id: missing })],
        ['Opportunity', () => client.opportunities.update({ opportunity_id: missing, amount: 1 })],
        ['Opportunity', () => client.opportunities.shiftStage({ opportunity_id: missing, target_stage_name: 'Qualified' })],
        ['Webhook', () => client.webhooks.get({ webhook_id: missing })],
        ['Webhook', () => client.webhooks.delete({ webhook_id: missing })],
      ] as const) {
        const error = (await call().catch((caught: unknown) => caught)) as ReevoNotFoundError;
        expect(error).toBeInstanceOf(ReevoNotFoundError);
        expect(error.kind).toBe('record');
        expect((error.body as { error: string; message: string })).toMatchObject({ error: 'NotFoundError' });
        expect((error.body as { message: string }).message).toMatch(new RegExp(`${kind}.*${missing}`, 'i'));
      }
    },
  },
  'business rule': {
    needs: 'key',
    run: async (session) => {
      const client = session.client(session.apiKey);
      const error = await client.tasks.create({ title: 'T', owner_email: 'stranger@example.com' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReevoBadRequestError);
      expect((error as Error).message).toMatch(/stranger@example\.com/);
      expect((error as ReevoBadRequestError).body).toMatchObject(generic('BadRequestError'));
    },
  },
  conflict: {
    // The catalog's example mailbox owner and sequence, which only the reference server has, in a fresh workspace (in a
    // used one the first enrollment could already conflict).
    needs: 'admin',
    run: async (session, workspace) => {
      const client = session.client(workspace.fullKey);
      const { contact } = await client.accountContact.upsert({ email: 'twice@example.com', contact_owner_email: EXAMPLE.ownerEmail });
      await client.sequenceEnrollments.enroll({ contact_email: contact.email, sequence_id: EXAMPLE.sequenceId });
      const error = await client.sequenceEnrollments.enroll({ contact_email: contact.email, sequence_id: EXAMPLE.sequenceId }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReevoConflictError);
      expect((error as ReevoConflictError).body).toMatchObject(generic('ConflictError'));
    },
  },
  'request validation': {
    needs: 'key',
    run: async (session) => {
      const response = await session.raw({ method: 'POST', path: '/api/v1/public/tasks', key: session.apiKey, body: { owner_email: 'not-an-email', priority: 'SOON' } });
      expect(response.status).toBe(422);
      const detail = (response.body as { detail: { loc: unknown[]; type: string; msg: string }[] }).detail;
      expect(detail.map((issue) => issue.loc.join('.')).sort()).toEqual(['body.owner_email', 'body.priority', 'body.title']);
      expect(detail.find((issue) => issue.loc.join('.') === 'body.title')?.type).toBe('missing');
      const missingKey = await session.raw({ method: 'GET', path: `/api/v1/public/accounts/${EXAMPLE.accountId}`, key: null });
      expect(missingKey.status).toBe(422);
      expect(missingKey.body).toMatchObject({ detail: [{ type: 'missing', loc: ['header', 'x-api-key'] }] });
      const error = errorOf(response) as ReevoValidationError;
      expect(error).toBeInstanceOf(ReevoValidationError);
      expect(error.issues.map((issue) => issue.field).sort()).toEqual(['owner_email', 'priority', 'title']);
    },
  },
  'unknown path': {
    needs: 'key',
    run: async (session) => {
      const response = await session.raw({ method: 'GET', path: '/api/v1/public/leads', key: session.apiKey });
      expect(response).toMatchObject({ status: 404, body: { detail: 'Not Found' } });
    },
  },
  'unknown method': {
    needs: 'key',
    run: async (session) => {
      const response = await session.raw({ method: 'PUT', path: '/api/v1/public/accounts', key: session.apiKey, body: { name: 'X' } });
      expect(response).toMatchObject({ status: 405, body: { detail: 'Method Not Allowed' } });
    },
  },
} satisfies Record<ErrorRow, ErrorScenario>;
