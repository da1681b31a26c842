/**
 * The fastify application: each API it is given as its own plugin (`api-plugin.ts`), the admin API,
 * `/openapi.json` describing them, and the cross-cutting pieces at the root (the request context, faults and the
 * journal, the admin guard, validation, and the error and not-found answers for what no API owns).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { adminApi, type AdminInfo, type DemoSeeds } from '../admin/admin-api';
import { registerAdminGuard } from '../admin/admin-guard';
import { DASHBOARD_DIR, dashboardRoutes } from '../admin/dashboard-routes';
import type { AdminAccess } from '../admin/admin-token';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { registerBodyParsers } from './body-parsing';
import { registerErrorHandler } from './error-handler';
import { MAX_PATH_PARAMETER_LENGTH, frameworkErrors } from './framework-errors';
import { registerNotFound, trackRoutes } from './not-found';
import { registerServedApi } from './api-plugin';
import { registerOpenApi } from './openapi';
import type { ServedApis } from './served-api';
import { SOCKET_TIMEOUTS, socketOptions, type SocketTimeouts } from './socket-limits';
import { ADMIN_PREFIX } from './surfaces';
import { registerTrafficHooks } from './traffic-hooks';
import { zodRequestValidator } from './validator-compiler';

export interface AppOptions {
  /** Log requests to stdout (pino). Keys are never logged: fastify does not log headers. */
  logger?: boolean;
  /** How long a client may take to send a request; `SOCKET_TIMEOUTS` by default. */
  socketTimeouts?: SocketTimeouts;
  /** The admin API's token, read on every admin request (set when the server listens); none by default. */
  adminAccess?: AdminAccess;
  /** The demo the server was seeded with, for the dashboard's Start view (`GET /__admin/demo`). */
  demo?: DemoSeeds | null;
  /** Where the built dashboard is (`dist/dashboard` by default). */
  dashboardDir?: string;
}

/** `apis`: one set of APIs with its OpenAPI document, or several, each with its own document (Reevo's and Reeve's). */
export async function buildApp(runtime: ReferenceRuntime, info: AdminInfo, apis: ServedApis | readonly ServedApis[], options: AppOptions = {}): Promise<FastifyInstance> {
  const documents: readonly ServedApis[] = Array.isArray(apis) ? apis : [apis as ServedApis];
  const app = Fastify({
    logger: options.logger ?? false,
    frameworkErrors,
    bodyLimit: runtime.limits.bodyBytes,
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    ...socketOptions(options.socketTimeouts ?? SOCKET_TIMEOUTS),
  });
  const routes = trackRoutes(app);
  app.setValidatorCompiler(zodRequestValidator(runtime.limits.stringLength));
  app.setSerializerCompiler(serializerCompiler);
  registerBodyParsers(app);
  registerErrorHandler(app);
  registerTrafficHooks(app, runtime);
  // After the traffic hooks: their first hook names each request's surface, which the guard reads.
  registerAdminGuard(app, options.adminAccess ?? { token: null });
  await registerOpenApi(app, info.version, documents);
  for (const api of documents.flatMap((document) => document.served)) await registerServedApi(app, api);
  await app.register(adminApi(runtime, info, options.demo ?? null), { prefix: ADMIN_PREFIX });
  await app.register(dashboardRoutes(options.dashboardDir ?? DASHBOARD_DIR), { prefix: ADMIN_PREFIX });
  registerNotFound(app, routes);
  await app.ready();
  return app;
}
