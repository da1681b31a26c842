/**
 * The users dropdown, which Reevo can fill only one owner at a time, asks a bounded number of requests per page
 * however many owners a workspace has, and paging reaches every owner. A scripted loopback server plays a workspace
 * whose newest accounts have 100 owners, only the last of whom has a user record (the others are named by email).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OWNER_SEARCHES_PER_PAGE } from '@integration-pack/core/forms';
import { EXAMPLE_ACCOUNT, EXAMPLE_CONTACT, EXAMPLE_MAILBOX, EXAMPLE_USER } from '@integration-pack/core/reevo';
import { createAppTester, type Bundle } from 'zapier-platform-core';
import listUsers from '../src/user/list-users';
import { App } from './helpers/definitions';
import { performOf, withCursor, type CursorStore, type PerformFunction } from './helpers/live';

const OWNERS = 100;
const ownerEmail = (index: number) => `owner${String(index).padStart(3, '0')}@northwind.com`;
const LAST_OWNER = ownerEmail(OWNERS - 1);
const accounts = Array.from({ length: OWNERS }, (_, index) => ({
  ...EXAMPLE_ACCOUNT,
  id: `5b3f8a2e-1c4d-4e6f-9a7b-${String(index).padStart(12, '0')}`,
  owner_email: ownerEmail(index),
}));
const LAST_OWNERS_CONTACTS = 70;
const contacts = Array.from({ length: LAST_OWNERS_CONTACTS }, (_, index) => ({
  ...EXAMPLE_CONTACT,
  id: `7c1e2d3f-4a5b-4c6d-8e9f-${String(index).padStart(12, '0')}`,
  email: `person${index}@acme.com`,
  owner_email: LAST_OWNER,
}));

type Body = { limit?: number; offset?: number; owner_email?: string; owner_user_email?: string; email?: string };

function answer(path: string, body: Body): unknown {
  const window = <T>(records: T[]) => records.slice(body.offset ?? 0, (body.offset ?? 0) + (body.limit ?? 50));
  if (path.endsWith('/accounts/search')) return window(accounts);
  if (path.endsWith('/opportunities/search')) return [];
  if (path.endsWith('/contacts/search')) return body.owner_email === LAST_OWNER ? window(contacts) : [];
  if (path.endsWith('/mailboxes/search')) return body.owner_user_email === LAST_OWNER ? [{ ...EXAMPLE_MAILBOX, owner_user_email: LAST_OWNER }] : [];
  if (path.endsWith('/users/search')) return body.email === LAST_OWNER ? [{ ...EXAMPLE_USER, email: LAST_OWNER }] : [];
  throw new Error(`unexpected request ${path}`);
}

const appTester = createAppTester(App);

describe('the users dropdown', () => {
  let server: Server;
  let baseUrl: string;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const body = answer(new URL(request.url ?? '/', 'http://localhost').pathname, (text ? JSON.parse(text) : {}) as Body);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Every page Zapier would ask for, until one is empty, with z.cursor kept between pages as Zapier keeps it. */
  async function everyPage<T>(perform: PerformFunction<T[]>): Promise<{ items: T[]; requestsPerPage: number[] }> {
    const cursor: CursorStore = { value: '' };
    const items: T[] = [];
    const requestsPerPage: number[] = [];
    for (let page = 0; page <= OWNERS; page++) {
      const before = requests;
      const found = await appTester(
        withCursor(perform, cursor),
        { authData: { api_key: 'rv_test_key', base_url: baseUrl }, inputData: {}, meta: { page } as Bundle['meta'] },
      );
      requestsPerPage.push(requests - before);
      if (found.length === 0) break;
      items.push(...found);
    }
    return { items, requestsPerPage };
  }

  // Each page first reads the owners (newest opportunities and accounts): two requests before the owner searches.
  const BOUND = 2 + OWNER_SEARCHES_PER_PAGE;

  it('lists users a bounded number of requests a page, naming every owner once', async () => {
    const { items, requestsPerPage } = await everyPage(performOf<{ id: string }[]>(listUsers));
    expect(Math.max(...requestsPerPage)).toBeLessThanOrEqual(BOUND);
    expect(items.map((item) => item.id)).toEqual(accounts.map((account) => account.owner_email));
  });
});
