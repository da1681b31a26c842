/**
 * Ids and values shared by the catalog's examples, so that examples across endpoints tell one story
 * (the Acme account, its contact Jane, the opportunity on it, the users who own them).
 */
export const EXAMPLE = {
  accountId: '5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b',
  contactId: '7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
  opportunityId: '9a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  taskId: '1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f',
  activityId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  userId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
  mailboxId: '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c',
  sequenceId: '6b7c8d9e-0f1a-4b2c-8d4e-5f6a7b8c9d0e',
  enrollmentId: '8d9e0f1a-2b3c-4d4e-9f6a-7b8c9d0e1f2a',
  webhookId: '0f1a2b3c-4d5e-4f6a-8b8c-9d0e1f2a3b4c',
  /** A receiver on this machine: the reference server delivers to loopback unless told otherwise (docs/decisions.md). */
  webhookUrl: 'http://127.0.0.1:8080/reevo',
  webhookSecret: 'whsec_exampleSigningSecretForTheDocsOnly000000000=',
  ownerEmail: 'alex.morgan@northwind.com',
  contactEmail: 'jane.doe@acme.com',
  domain: 'acme.com',
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:05:00Z',
} as const;
