/** The values of the Reevo API credential the tests hand the engine (test-support/n8n/credentials.ts applies them). */
export interface ReevoTestCredentials {
	apiKey: string;
	baseUrl: string;
}
