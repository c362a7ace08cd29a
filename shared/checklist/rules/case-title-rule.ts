import { caseName } from '../../text/case-label';
import { bodyNodes, textAttribute } from '../body-nodes';
import type { ChecklistRule } from '../checklist-problem';

/** A case section is shown as "Case N: title"; an empty title leaves a dangling label. */
export const caseTitleRule: ChecklistRule = ({ body, language }) =>
  bodyNodes(body, 'caseSection').flatMap((section, index) => {
    if (textAttribute(section, 'title').trim() !== '') return [];
    // Named as the editor names it (in the article's language), so the person finds the case.
    const label = caseName(index + 1, language);
    return [
      {
        field: `body.caseSections.${index}.title`,
        code: 'case_title_missing',
        message: `${label} has no title: write a title or delete the case.`,
        params: { position: index + 1, label },
      },
    ];
  });
