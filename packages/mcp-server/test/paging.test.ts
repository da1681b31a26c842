/** A search that pages says whether more pages exist, and where the next one starts, in process against the demo. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callTool, connectInProcess, startReference, type Reference } from './support/harness';

let reference: Reference;
let client: Client;
beforeAll(async () => {
  reference = await startReference();
  client = await connectInProcess({ REEVO_API_KEY: reference.workspace.fullKey, REEVO_BASE_URL: reference.server.baseUrl });
});
afterAll(async () => {
  await client?.close();
  await reference?.server.close();
});

interface Page {
  items: { id: string }[];
  has_more: boolean;
  next_offset: number | null;
}

async function page(args: Record<string, unknown>): Promise<Page> {
  const result = await callTool(client, 'reevo_opportunities_search', args);
  expect(result.isError ?? false).toBe(false);
  return result.structuredContent as unknown as Page;
}

it('walks every page with next_offset and ends on has_more false, the same records as one whole page', async () => {
  const whole = await page({ limit: 200 });
  expect(whole.items.length).toBeGreaterThan(2);
  expect(whole).toMatchObject({ has_more: false, next_offset: null });

  const walked: string[] = [];
  let offset: number | null = 0;
  let pages = 0;
  while (offset !== null) {
    const next: Page = await page({ limit: 2, offset });
    walked.push(...next.items.map((item) => item.id));
    if (next.has_more) expect(next.next_offset).toBe(offset + 2);
    offset = next.next_offset;
    pages += 1;
  }
  expect(walked).toEqual(whole.items.map((item) => item.id));
  expect(pages).toBe(Math.floor(whole.items.length / 2) + 1);
});
