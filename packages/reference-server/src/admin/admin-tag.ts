/** The OpenAPI tag of the admin API. */
export const ADMIN_TAG = 'Reference Server Admin';
