import type { DocNode } from '../../article';
import { caseName } from '../../text/case-label';
import { bodyNodes } from '../body-nodes';
import type { ChecklistRule } from '../checklist-problem';

/** Text that is not only spaces, or a figure: either one gives a case something to show. */
function hasContent(node: DocNode): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  if (node.type === 'figure') return true;
  return (node.content ?? []).some(hasContent);
}

/** A case with a title and nothing under it publishes as a heading over a gap. */
export const caseBodyRule: ChecklistRule = ({ body, language }) =>
  bodyNodes(body, 'caseSection').flatMap((section, index) => {
    if ((section.content ?? []).some(hasContent)) return [];
    const label = caseName(index + 1, language);
    return [
      {
        field: `body.caseSections.${index}.content`,
        code: 'case_body_empty',
        message: `${label} has no text: write the case or delete it.`,
        params: { position: index + 1, label },
      },
    ];
  });
