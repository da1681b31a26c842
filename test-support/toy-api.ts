/**
 * A second, toy API definition shaped like Reeve's Connectors API (docs/reeve-api.md §1): a bearer session token and
 * an optional brand header, FastAPI `detail` errors, no paging. It imports only the machine, as a product would.
 */
import * as z from 'zod';
import {
  FastApiValidationErrorBody,
  fastApiDetailText,
  issueFromFastApi,
  type ApiDefinition,
  type ErrorModel,
  type FieldIssue,
  type TransportResponse,
} from '@integration-pack/core/machine';

export class ToyError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}
export class ToyAuthError extends ToyError {}
export class ToyNotFoundError extends ToyError {}
export class ToyNetworkError extends ToyError {}
export class ToyValidationError extends ToyError {
  readonly issues: FieldIssue[];
  readonly local: boolean;
  constructor(issues: FieldIssue[], local: boolean, status?: number) {
    super(`${local ? 'Not sent' : 'Refused'}: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`, status);
    this.issues = issues;
    this.local = local;
  }
}

const toyErrors: ErrorModel = {
  fromResponse(response: TransportResponse) {
    const validation = FastApiValidationErrorBody.safeParse(response.body);
    if (validation.success) return new ToyValidationError(validation.data.detail.map(issueFromFastApi), false, response.status);
    const text = fastApiDetailText(response.body) ?? `HTTP ${response.status}`;
    if (response.status === 401 || response.status === 403) return new ToyAuthError(`Toy refused the session: ${text}`, response.status);
    if (response.status === 404) return new ToyNotFoundError(text, response.status);
    return new ToyError(text, response.status);
  },
  invalidInput: (issues) => new ToyValidationError(issues, true),
  unexpectedResponse: (issues, { status }) => new ToyError(`Unexpected answer: ${issues.map((issue) => issue.field).join(', ')}`, status),
  network: ({ detail, baseUrl }) => new ToyNetworkError(`Could not reach Toy at ${baseUrl}: ${detail}`),
  isOwn: (error) => error instanceof ToyError,
};

const Connection = z.looseObject({ provider: z.string(), status: z.enum(['connected', 'disconnected']) });
const Provider = z.object({ provider: z.enum(['shopify', 'stripe']) });

export const toyCatalog = {
  connectors: {
    list: {
      operationId: 'listConnections',
      tag: 'Connectors',
      method: 'GET',
      path: '/api/connectors/list',
      permissions: [],
      summary: 'List Connections',
      description: 'Every connection of the session user in the brand.',
      response: z.object({ connections: z.array(Connection) }),
      successStatus: 200,
      emits: [],
      safeToRetry: true,
      examples: [],
    },
    disconnect: {
      operationId: 'disconnect',
      tag: 'Connectors',
      method: 'DELETE',
      path: '/api/connectors/{provider}',
      permissions: [],
      summary: 'Disconnect',
      description: 'Disconnects a provider.',
      params: Provider,
      response: z.object({ provider: z.string(), status: z.literal('disconnected'), revoked: z.boolean() }),
      successStatus: 200,
      emits: ['connection.disconnected'],
      safeToRetry: false,
      examples: [],
    },
  },
} as const;

export interface ToyCredentials {
  sessionToken: string;
  brandId?: string;
}

export const toyApi = {
  name: 'Toy',
  clientName: 'toy-client',
  version: '1.0.0',
  baseUrl: 'https://toy.invalid',
  catalog: toyCatalog,
  auth: {
    check(credentials) {
      if (!credentials.sessionToken?.trim()) throw new ToyAuthError('A session token is required.');
      return { ...credentials, sessionToken: credentials.sessionToken.trim() };
    },
    apply: ({ sessionToken, brandId }) => ({
      headers: { Authorization: `Bearer ${sessionToken}`, ...(brandId ? { 'X-Toy-Brand': brandId } : {}) },
    }),
  },
  errors: toyErrors,
  paging: { style: 'none' },
  events: {
    'connection.disconnected': { label: 'Connection Disconnected', description: 'A connection was disconnected.', sample: { provider: 'stripe' } },
  },
} as const satisfies ApiDefinition<typeof toyCatalog, ToyCredentials, never, 'connection.disconnected'>;
