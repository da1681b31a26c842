/** Zapier's errors carry their facts as JSON in the message; tests read them back. */
export interface CaughtError {
  name: string;
  message?: string;
  code?: string;
  status?: number;
  delay?: number;
  text: string;
}

export async function caught(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    const { name, message } = error as Error;
    let facts: Partial<CaughtError> = {};
    try {
      facts = JSON.parse(message) as Partial<CaughtError>;
    } catch {
      facts = { message };
    }
    return { name, ...facts, text: facts.message ?? message };
  }
  throw new Error('Expected the call to fail, and it succeeded.');
}
