/**
 * The one way a node reaches its API: the machine's client for the product's definition over a transport that hands
 * every request to n8n's `httpRequestWithAuthentication`, so n8n adds the credentials (the credential type's
 * authenticate block), proxies and logging, while the client builds the request, parses errors into typed ones and
 * validates answers.
 */
import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { createClient, normalizeHeaders, parseResponseBody, type AnyDefinition, type Client, type Transport } from '@integration-pack/core/machine';
import type { N8nProduct } from '../product';

export type NodeContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions;

/** `authHeaders` are the ones the credential type sets: the client's copies stay out of the request and n8n's logs. */
export function n8nTransport(context: NodeContext, credentialName: string, authHeaders: readonly string[]): Transport {
	const dropped = new Set(authHeaders.map((name) => name.toLowerCase()));
	return async (request) => {
		const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !dropped.has(name.toLowerCase())));
		const options: IHttpRequestOptions = {
			method: request.method,
			url: request.url,
			headers,
			returnFullResponse: true,
			// Statuses are the client's to judge (typed errors naming permissions and fields), so n8n must not throw.
			ignoreHttpStatusErrors: true,
			json: true,
			...(request.body === undefined ? {} : { body: request.body as IHttpRequestOptions['body'] }),
			...(request.timeoutMs === undefined ? {} : { timeout: request.timeoutMs }),
		};
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialName,
			options,
		)) as IN8nHttpFullResponse;
		const responseHeaders = normalizeHeaders(response.headers as Record<string, unknown>);
		return { status: response.statusCode, headers: responseHeaders, body: bodyOf(response.body, responseHeaders['content-type']) };
	};
}

/** n8n hands back parsed JSON, text, or a Buffer, depending on the answer's content type. */
function bodyOf(body: unknown, contentType: string | undefined): unknown {
	if (Buffer.isBuffer(body)) return parseResponseBody(body.toString('utf8'), contentType);
	if (typeof body === 'string') return parseResponseBody(body, contentType);
	return body;
}

export async function clientFor<D extends AnyDefinition>(product: N8nProduct<D>, context: NodeContext): Promise<Client<D>> {
	const values = await context.getCredentials(product.credentialName);
	const credentials = product.credentialsOf(values);
	const { definition } = product;
	const authHeaders = product.credentialHeaders ?? Object.keys(definition.auth.apply(definition.auth.check(credentials)).headers);
	return createClient(definition, {
		credentials,
		baseUrl: product.baseUrlOf(values),
		transport: n8nTransport(context, product.credentialName, authHeaders),
		userAgent: product.userAgent,
	});
}
