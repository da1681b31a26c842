/** What the node's form shows on the canvas. */
import { subtitleExpression } from '../../../n8n-nodes-reevo/platform/actions/resources';
import { Reeve } from '../../nodes/Reeve/Reeve.node';
import { resources } from '../../nodes/Reeve/actions/resources';

it("holds, as a literal, the subtitle built from its resources (n8n's scan accepts only a literal)", () => {
	expect(new Reeve().description.subtitle).toBe(subtitleExpression(resources));
});
