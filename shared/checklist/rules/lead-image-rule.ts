import type { ChecklistProblem, ChecklistRule } from '../checklist-problem';

/** A published article needs a lead image with caption, credit and alt text. */
export const leadImageRule: ChecklistRule = ({ leadImage }) => {
  if (!leadImage) {
    return [{ field: 'leadImage', code: 'lead_image_missing', message: 'Lead image is missing: set a lead image.' }];
  }
  const problems: ChecklistProblem[] = [];
  if (leadImage.caption.trim() === '') {
    problems.push({ field: 'leadImage.caption', code: 'lead_image_caption_missing', message: 'Lead image has no caption: write a caption.' });
  }
  if (leadImage.credit.trim() === '') {
    problems.push({ field: 'leadImage.credit', code: 'lead_image_credit_missing', message: 'Lead image has no credit: add the photographer or source.' });
  }
  if (leadImage.alt.trim() === '') {
    problems.push({ field: 'leadImage.alt', code: 'lead_image_alt_missing', message: 'Lead image has no alt text: describe the image for readers who cannot see it.' });
  }
  return problems;
};
