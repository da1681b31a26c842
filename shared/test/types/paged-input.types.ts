/**
 * Compile-time proof (run by `npm run typecheck`) that a paged method takes every input but the ones its
 * definition's paging style drives: Reevo's `limit` and `offset`, another definition's own names, none without paging.
 */
import type * as z from 'zod';
import type { ClientMethods, OperationSpec } from '@integration-pack/core/machine';
import { createReevoClient } from '@reevo/client';

const reevo = createReevoClient({ apiKey: 'rv_types', transport: async () => ({ status: 200, headers: {}, body: [] }) });
void reevo.accounts.searchAll({ domain_name: 'acme.com' });
// @ts-expect-error The paged method sets Reevo's `limit` itself.
void reevo.accounts.searchAll({ domain_name: 'acme.com', limit: 10 });

type PageSearch = Omit<OperationSpec, 'params' | 'query' | 'body' | 'response'> & {
  query: z.ZodObject<{ name: z.ZodString; page_size: z.ZodOptional<z.ZodNumber>; page_start: z.ZodOptional<z.ZodNumber>; limit: z.ZodOptional<z.ZodNumber> }>;
  response: z.ZodArray<z.ZodObject<{ id: z.ZodString }>>;
  pagination: { defaultLimit: number; maxLimit: number };
};
type OwnPaging = { style: 'limit-offset'; limitParam: 'page_size'; offsetParam: 'page_start' };
type PagedInputOf<P extends { style: 'limit-offset'; limitParam: string; offsetParam: string } | { style: 'none' }> = Parameters<
  ClientMethods<{ things: { search: PageSearch } }, P>['things']['searchAll']
>[0];

// Another definition's names are the ones left out; a field merely called `limit` is its own and stays.
const own: PagedInputOf<OwnPaging> = { name: 'x', limit: 3 };
// @ts-expect-error `page_size` is the paging style's.
const ownPageSize: PagedInputOf<OwnPaging> = { name: 'x', page_size: 3 };
// Without paging nothing is left out.
const unpaged: PagedInputOf<{ style: 'none' }> = { name: 'x', page_size: 3, page_start: 0, limit: 3 };
void [own, ownPageSize, unpaged];
