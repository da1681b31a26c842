/** The inputs a definition's paging style sets page by page: a platform drives them, so they are never form fields. */
import type { PagingStyle } from '../machine/definition';

export function pagingInputNames(paging: PagingStyle): string[] {
  return paging.style === 'limit-offset' ? [paging.limitParam, paging.offsetParam] : [];
}
