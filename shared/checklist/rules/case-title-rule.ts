import { bodyNodes, textAttribute } from '../body-nodes';
import type { ChecklistRule } from '../checklist-problem';

/** A case section is shown as "Case N: title"; an empty title leaves a dangling label. */
export const caseTitleRule: ChecklistRule = ({ body }) =>
  bodyNodes(body, 'caseSection').flatMap((section, index) =>
    textAttribute(section, 'title').trim() !== ''
      ? []
      : [
          {
            field: `body.caseSections.${index}.title`,
            code: 'case_title_missing',
            message: `Case ${index + 1} has no title: write a title or delete the case.`,
            params: { position: index + 1 },
          },
        ],
  );
