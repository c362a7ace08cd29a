import { bodyNodes, textAttribute } from '../body-nodes';
import type { ChecklistProblem, ChecklistRule } from '../checklist-problem';

const required = [
  { name: 'caption', code: 'figure_caption_missing', todo: 'write a caption' },
  { name: 'credit', code: 'figure_credit_missing', todo: 'add the photographer or source' },
  { name: 'alt', code: 'figure_alt_missing', todo: 'describe the image for readers who cannot see it' },
] as const;

const label = { caption: 'caption', credit: 'credit', alt: 'alt text' } as const;

/** Every image in the body needs a caption, a credit and alt text. */
export const figureRule: ChecklistRule = ({ body }) => {
  const problems: ChecklistProblem[] = [];
  bodyNodes(body, 'figure').forEach((figure, index) => {
    for (const { name, code, todo } of required) {
      if (textAttribute(figure, name).trim() !== '') continue;
      problems.push({
        field: `body.figures.${index}.${name}`,
        code,
        message: `Figure ${index + 1} has no ${label[name]}: ${todo}.`,
        params: { position: index + 1 },
      });
    }
  });
  return problems;
};
