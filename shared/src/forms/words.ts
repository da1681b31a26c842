/** Words a form shows for what the API spells as constants. */

/** `LINKEDIN_CONNECT_REQUEST` → `Linkedin Connect Request`: the API's enum words, readable in a dropdown. */
export function humanize(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
