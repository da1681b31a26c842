/**
 * Reevo cannot list pipelines, stages or closed reasons. The dropdowns offer the values found on the workspace's
 * opportunities, which covers every stage in use; a stage no opportunity has reached yet can still be typed
 * (see the README).
 */
import type { Opportunity } from '@integration-pack/core/reevo/api';
import { defineListTrigger, distinctItems } from '../platform/factories/list-trigger';
import { recentOpportunities, WIDEST_PAGE } from './recent-opportunities';

export function defineOpportunityValuesList(options: {
  key: string;
  noun: string;
  label: string;
  /** The values of the opportunities, in the order the dropdown offers them (each value once, first place kept). */
  valuesOf: (opportunities: readonly Opportunity[]) => readonly string[];
}) {
  return defineListTrigger({
    key: options.key,
    noun: options.noun,
    label: options.label,
    list: async (z, bundle) => distinctItems(options.valuesOf(await recentOpportunities(z, bundle, {}, 0, WIDEST_PAGE))),
  });
}
