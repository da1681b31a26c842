/** The journal's API names are the served definitions' own names, in lower case. */
import { reeveApi } from '@integration-pack/core/reeve/api';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { REEVE_API_NAME, REEVO_API_NAME, apiNameOf } from '../src/api-names';

test("each served API's journal name is its definition's name in lower case", () => {
  const reevo: typeof REEVO_API_NAME = apiNameOf(reevoApi);
  const reeve: typeof REEVE_API_NAME = apiNameOf(reeveApi);
  expect([reevo, reeve]).toEqual([REEVO_API_NAME, REEVE_API_NAME]);
});
