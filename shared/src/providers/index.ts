/** The providers' own signing rules, for the reference server and tests (docs/reeve-api.md §5). */
export * from './shopify-oauth';
