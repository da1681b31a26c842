/** Every filter of the opportunity search is optional, so it doubles as Reevo's list of opportunities. */
import { catalog, type Opportunity } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callReevo } from '../reevo';

export const OPPORTUNITY_PAGE_SIZE = 100;
/** The API's largest page, for dropdowns that gather distinct values (stages, pipelines, reasons). */
export const WIDEST_PAGE = 200;

export interface OpportunityFilters {
  account_id?: string;
  stage_name?: string;
}

export function recentOpportunities(z: ZObject, bundle: Bundle, filters: OpportunityFilters = {}, page = 0, limit = OPPORTUNITY_PAGE_SIZE): Promise<Opportunity[]> {
  return callReevo(z, bundle, catalog.opportunities.search, { ...filters, limit, offset: page * limit });
}
