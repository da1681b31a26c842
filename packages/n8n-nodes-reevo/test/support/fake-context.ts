/**
 * An IExecuteFunctions stand-in for unit tests: parameters per item, and a fake `httpRequestWithAuthentication`
 * that records each request and answers from a script, so the transport, router and error mapping run for real.
 */
import { constructExecutionMetaData, returnJsonArray } from 'n8n-core';
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INode, INodeParameters } from 'n8n-workflow';
import { Reevo } from '../../nodes/Reevo/Reevo.node';

export interface FakeAnswer {
	statusCode: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface FakeRun {
	requests: IHttpRequestOptions[];
	output: IDataObject[];
	pairedItems: unknown[];
}

const node: INode = { id: 'reevo', name: 'Reevo', type: 'n8n-nodes-reevo.reevo', typeVersion: 1, position: [0, 0], parameters: {} };

/** Resolves `a.b` paths the way getNodeParameter does for collection members. */
function lookup(parameters: INodeParameters, name: string): unknown {
	return name.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], parameters);
}

export function fakeContext(
	parametersPerItem: INodeParameters[],
	answer: (request: IHttpRequestOptions, index: number) => FakeAnswer,
	options: { continueOnFail?: boolean } = {},
) {
	const requests: IHttpRequestOptions[] = [];
	const context = {
		getNode: () => node,
		getInputData: () => parametersPerItem.map(() => ({ json: {} })),
		continueOnFail: () => options.continueOnFail ?? false,
		getCredentials: async () => ({ apiKey: 'test-key', baseUrl: 'http://reevo.test' }),
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
			const value = lookup(parametersPerItem[itemIndex] ?? {}, name);
			if (value === undefined && fallback === undefined) throw new Error(`Test gave no parameter "${name}"`);
			return value ?? fallback;
		},
		helpers: {
			httpRequestWithAuthentication: async (_credential: string, request: IHttpRequestOptions) => {
				requests.push(request);
				const { statusCode, body, headers } = answer(request, requests.length - 1);
				return { statusCode, body, headers: { 'content-type': 'application/json', ...headers } };
			},
			returnJsonArray,
			constructExecutionMetaData,
		},
	};
	return { context: context as unknown as IExecuteFunctions, requests };
}

export async function executeWith(...args: Parameters<typeof fakeContext>): Promise<FakeRun> {
	const { context, requests } = fakeContext(...args);
	const [items = []] = await new Reevo().execute.call(context);
	return { requests, output: items.map((item) => item.json), pairedItems: items.map((item) => item.pairedItem) };
}
