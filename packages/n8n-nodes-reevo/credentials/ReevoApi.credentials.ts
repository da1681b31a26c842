import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** No account has it: the test's request reaches Reevo's record lookup and can only answer with an error envelope. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

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

	// Reevo has no "who am I" endpoint, and n8n's credential test only fails a request on a thrown error, or on a
	// response body whose key equals a rule's value (it reads the body's FIRST item, so the answer must be an object,
	// never a list, which may be empty). So the test asks for an account that cannot exist (the nil UUID), with HTTP
	// errors ignored, and judges Reevo's error envelope, which every answer to a valid request carries:
	//   401 UnauthorizedError: the key is unknown or expired → fail, saying what to do;
	//   404 NotFoundError (the key reads accounts) or 403 ForbiddenError (it does not) → the key is valid;
	//   no `error_response_type` (another server's 404 page, HTML, the n8n editor itself) → fail: not a Reevo API.
	// A key with no permission at all passes: it is a working key, and each node names the permission it lacks.
	// docs/decisions.md has the reasoning; the unit and e2e tests run n8n's own rule logic on every case.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: `/api/v1/public/accounts/${NIL_UUID}`,
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
					key: 'error_response_type',
					value: undefined,
					message:
						"The Base URL does not point at the Reevo API: the server there answered, but not as Reevo does. Use https://api.reevo.ai, or the reference server's URL (e.g. http://127.0.0.1:4010), without /api/v1/public.",
				},
			},
		],
	};
}
