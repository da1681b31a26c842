import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

const NOT_REEVE =
	"The Base URL does not point at the Reeve API: the server there answered, but not as Reeve does. Use https://services.meetreeve.com, or the reference server's URL (e.g. http://127.0.0.1:4010), without /api.";

const NEW_TOKEN = 'Sign in to Reeve again (app.meetreeve.com), copy a new session token and paste it here.';

export class ReeveApi implements ICredentialType {
	name = 'reeveApi';

	displayName = 'Reeve API';

	icon: Icon = { light: 'file:../icons/reeve.svg', dark: 'file:../icons/reeve.dark.svg' };

	documentationUrl =
		'https://github.com/reevo-integrations/reevo-integration-pack/tree/main/packages/n8n-nodes-reeve#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Your Reeve session token. It lapses after 30 days without use, or when it is revoked: then paste a new one.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://services.meetreeve.com',
			description:
				'Where the Reeve API lives. Keep the default unless you test against the Reeve reference server (e.g. http://127.0.0.1:4010).',
		},
		{
			displayName: 'Brand ID',
			name: 'brandId',
			type: 'string',
			default: '',
			placeholder: 'brand_acme',
			description:
				'The brand whose connections the nodes manage, when you belong to several. Leave empty for your default brand.',
		},
	];

	// Only the session token: the nodes' client adds X-Reeve-Brand itself when a brand is set, so no request ever
	// carries an empty brand header (docs/decisions.md, "Reeve on n8n").
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
	};

	// Reeve's one "who am I" is the user's connection list: an object whatever the user holds (n8n's test reads the
	// body's FIRST item, so a list could not do). n8n 2.8 types only responseSuccessBody rules, which compare one body
	// value, so HTTP errors are let through and Reeve's FastAPI body is judged:
	//   {"detail": "Not authenticated"} (401, or 403 from older FastAPI): the token lapsed or was revoked → fail;
	//   {"detail": "Not Found"}: no such route, the Base URL is not Reeve's → fail;
	//   any other answer without `connections` (HTML, another site's JSON, the n8n editor itself) → fail.
	// The brand is left out: a wrong Brand ID shows, with its fix, on the node's first run (docs/decisions.md).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/connectors/list',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'detail',
					value: 'Not authenticated',
					message: `Reeve did not accept this session token: it lapsed after 30 days without use, was revoked, or was not copied in full. ${NEW_TOKEN}`,
				},
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'detail', value: 'Not Found', message: NOT_REEVE },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'connections', value: undefined, message: NOT_REEVE },
			},
		],
	};
}
