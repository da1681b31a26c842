import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class ReevoApi implements ICredentialType {
	name = 'reevoApi';

	displayName = 'Reevo API';

	icon: Icon = { light: 'file:../icons/reevo.svg', dark: 'file:../icons/reevo.dark.svg' };

	documentationUrl =
		'https://github.com/reevo-integrations/reevo-integration-pack/tree/main/packages/n8n-nodes-reevo#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A Reevo API key. Workspace admins create keys in Reevo under Settings → API Keys and choose its permissions there.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.reevo.ai',
			description:
				'Where the Reevo API lives. Keep the default unless you test against the Reevo reference server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'x-api-key': '={{$credentials.apiKey}}' } },
	};

	// Reevo has no "who am I" endpoint, and n8n fails a credential test on any non-2xx status. So the test reads the
	// webhook list with HTTP errors ignored and judges the body: an unknown or expired key answers 401
	// UnauthorizedError (fail); a valid key answers 200, or 403 when it lacks Webhooks Read, and both mean the key
	// is connected. A 404 "Not Found" body means the base URL is not a Reevo API.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/public/webhooks',
			method: 'GET',
			qs: { payload_type: 'json' },
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'UnauthorizedError',
					message:
						'Reevo did not accept this API key: it is unknown or has expired. Copy the key again, or ask a workspace admin for a new one in Settings → API Keys.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'detail',
					value: 'Not Found',
					message: 'The Base URL does not point at the Reevo API. Use https://api.reevo.ai.',
				},
			},
		],
	};
}
