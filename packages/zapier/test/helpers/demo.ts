/** Records of the reference server's demo workspace (fixtures/demo-workspace.ts), which reuses the catalog's examples. */
import { EXAMPLE } from '@integration-pack/core/reevo/api';

export const DEMO = {
  ...EXAMPLE,
  opportunityName: 'Acme - Annual Plan',
  phone: '+14151234567',
  /** A user with no mailbox. */
  userWithoutMailbox: 'jordan.blake@northwind.com',
  /** A contact at Acme with no sequence enrollment. */
  unenrolledContactEmail: 'john.smith@acme.com',
  unknownId: '00000000-0000-4000-8000-00000000dead',
} as const;
