/**
 * The route builder: one API definition, served, becomes one encapsulated fastify plugin under each of its prefixes, whose
 * pipeline reads top to bottom here, for every API alike:
 *
 *  1. the request is named this API's, for the journal; an injected fault answers first, in the API's error shape (the delay was taken at the root, `traffic-hooks.ts`);
 *  2. the API's own body parsers read the body;
 *  3. per operation, before validation: who calls (the API's authentication), its quota where it has one, and the
 *     permissions the operation needs for this input, read from the definition's permission model (its rules,
 *     such as "creating a webhook also needs read on each event's resource", are data there, not code here);
 *  4. the API's own checks, then validation by the catalog's schemas;
 *  5. the operation, on the caller's behalf; the response is serialised through the catalog's schema;
 *  6. any error, and a path under the prefix no route takes (404, or 405 with Allow), in the API's error shape.
 */
import { catalogEntriesOf, missingPermissionsOf, requiredPermissions, type OperationSpec } from '@integration-pack/core/machine';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiNameOf } from '../api-names';
import { notFoundError, trackRoutes } from './not-found';
import { fastifyPath, operationRouteSchema } from './operation-schema';
import type { CallerIdentity } from './request-context';
import { prefixesOf, type OperationInput, type ServedApi } from './served-api';
import { answerFault } from './traffic-hooks';
import './request-context';

export async function registerServedApi<Caller>(app: FastifyInstance, api: ServedApi<Caller>): Promise<void> {
  const prefixes = prefixesOf(api);
  const entries = catalogEntriesOf(api.definition.catalog);
  // Each operation is served by the longest prefix its path starts with.
  const prefixOf = (path: string) => prefixes.filter((prefix) => path.startsWith(`${prefix}/`)).sort((a, b) => b.length - a.length)[0];
  const outside = entries.filter(({ operation }) => prefixOf(operation.path) === undefined);
  if (outside.length > 0) {
    const named = outside.map(({ operation }) => `${operation.operationId} (${operation.path})`).join(', ');
    throw new Error(`The ${api.definition.name} API is served under ${prefixes.join(', ')}, but some of its operations are outside it: ${named}. Choose a prefix every operation path starts with.`);
  }
  for (const prefix of prefixes) {
    await registerUnderPrefix(app, api, prefix, entries.filter(({ operation }) => prefixOf(operation.path) === prefix));
  }
  for (const companion of api.companions ?? []) await app.register(companion.plugin, { prefix: companion.prefix });
}

async function registerUnderPrefix<Caller>(app: FastifyInstance, api: ServedApi<Caller>, prefix: string, entries: ReturnType<typeof catalogEntriesOf>): Promise<void> {
  const name = apiNameOf(api.definition);
  await app.register(
    async (scope) => {
      const routes = trackRoutes(scope);
      // Every request under the prefix is this API's, its own routes (Reeve's inbound webhooks) and unknown paths too.
      scope.addHook('onRequest', (request, reply, done) => {
        request.traffic.api = name;
        if (!answerFault(request, reply, api.faultBody, () => identifyQuietly(api, request))) done();
      });
      scope.removeAllContentTypeParsers();
      api.registerBodyParsers(scope);
      scope.setErrorHandler(api.handleError);
      scope.setNotFoundHandler(async (request) => {
        throw notFoundError(request.url, routes);
      });
      for (const { operation } of entries) {
        scope.route({
          method: operation.method,
          url: fastifyPath(operation.path.slice(prefix.length)),
          schema: operationRouteSchema(operation, api.routeSchema?.(operation)),
          preValidation: async (request, reply) => admit(api, operation, request, reply),
          handler: async (request, reply) => answer(api, operation, request, reply),
        });
      }
      api.registerRoutes?.(scope, prefix);
    },
    { prefix },
  );
}

function admit<Caller>(api: ServedApi<Caller>, operation: OperationSpec, request: FastifyRequest, reply: FastifyReply): void {
  request.traffic.operationId = operation.operationId;
  const caller = api.authenticate(request);
  request.traffic.caller = caller;
  request.traffic.identity = api.identityOf(caller);
  api.meter?.(caller, reply);
  const model = api.definition.permissions;
  if (model && api.access) {
    // The body is not validated yet: values a rule does not know add nothing, and validation refuses them afterwards.
    const required = requiredPermissions(model, operation, request.body);
    const missing = missingPermissionsOf(model, api.access.granted(caller), required);
    request.traffic.permissionCheck = { required: [...required], missing: [...missing] };
    if (missing.length > 0) throw api.access.refuse(missing);
  }
  api.admit?.(operation, request);
}

async function answer<Caller>(api: ServedApi<Caller>, operation: OperationSpec, request: FastifyRequest, reply: FastifyReply) {
  const input: OperationInput = {
    params: (request.params ?? {}) as Record<string, unknown>,
    query: (request.query ?? {}) as Record<string, unknown>,
    body: (request.body ?? {}) as Record<string, unknown>,
  };
  const result = api.run(request.traffic.caller as Caller, operation, input);
  reply.code(operation.successStatus);
  if (!operation.response) return reply.send();
  return result;
}

/** The caller of a faulted request, for the journal, when its credentials are good; never a refusal. */
function identifyQuietly<Caller>(api: ServedApi<Caller>, request: FastifyRequest): CallerIdentity | null {
  try {
    return api.identityOf(api.authenticate(request));
  } catch {
    return null;
  }
}
