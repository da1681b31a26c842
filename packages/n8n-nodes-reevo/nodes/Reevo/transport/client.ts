/**
 * The one way this package reaches Reevo: the shared client over a transport that hands every request to n8n's
 * `httpRequestWithAuthentication`, so n8n adds the key (credential), proxies and logging, while the client builds
 * the request (`payload_type=json` included), parses errors into typed ones and validates answers.
 */
import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import {
	API_BASE_URL,
	API_KEY_HEADER,
	createReevoClient,
	normalizeHeaders,
	parseResponseBody,
	type ReevoClient,
	type Transport,
} from '@integration-pack/core/reevo';

export const CREDENTIAL_NAME = 'reevoApi';
const USER_AGENT = 'n8n-nodes-reevo/0.1.0';

export type ReevoContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions;

interface ReevoCredentials {
	apiKey: string;
	baseUrl?: string;
}

export function n8nTransport(context: ReevoContext): Transport {
	return async (request) => {
		// The credential's authenticate block sets the key; leaving the client's copy out keeps it out of n8n's logs.
		const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== API_KEY_HEADER));
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
			CREDENTIAL_NAME,
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

export async function reevoClient(context: ReevoContext): Promise<ReevoClient> {
	const credentials = await context.getCredentials<ReevoCredentials>(CREDENTIAL_NAME);
	return createReevoClient({
		apiKey: credentials.apiKey,
		baseUrl: credentials.baseUrl || API_BASE_URL,
		transport: n8nTransport(context),
		userAgent: USER_AGENT,
	});
}
