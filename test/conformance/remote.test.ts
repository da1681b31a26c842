/**
 * The suite as it runs against a server it does not control: given only a base URL and a full-access key, so the
 * sections that need the admin API say why they do not apply, and every other section must pass.
 * By default the server is a reference server on loopback whose admin API the suite is not given; set
 * REEVO_CONFORMANCE_BASE_URL and REEVO_CONFORMANCE_API_KEY to point it at another server (see test/README.md).
 */
import { loopbackReferenceServerWithoutAdmin } from './reference-targets';
import { targetFromEnvironment } from './remote-target';
import { defineConformanceSuite } from './suite';

defineConformanceSuite(targetFromEnvironment() ?? loopbackReferenceServerWithoutAdmin);
