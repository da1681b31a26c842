/** One field a request was refused for, wherever the refusal came from (local validation, a 422, a bad answer). */
export interface FieldIssue {
  /** The field's path inside its part, dotted: `email`, `metadata.subject`, `custom_fields.industry`. */
  field: string;
  /** Where the field lives: `body`, `query`, `path` or `header`. */
  location: string;
  message: string;
  /** A machine code: FastAPI's `type` (e.g. `missing`) or zod's issue code. */
  type: string;
}
