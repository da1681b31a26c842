/**
 * Reeve's suite as it runs against a server it does not control: given only a base URL and a session token, so the
 * sections that need the admin API say why they do not apply, and every other section must pass. By default the
 * server is a reference server on loopback whose admin API the suite is not given; set REEVE_CONFORMANCE_BASE_URL and
 * REEVE_CONFORMANCE_SESSION_TOKEN (and optionally REEVE_CONFORMANCE_BRAND) to point it at another (see test/README.md).
 */
import { loopbackReeveReferenceServerWithoutAdmin } from './reference-targets';
import { reeveTargetFromEnvironment } from './remote-target';
import { defineReeveConformanceSuite } from './suite';

defineReeveConformanceSuite(reeveTargetFromEnvironment() ?? loopbackReeveReferenceServerWithoutAdmin);
