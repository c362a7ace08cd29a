import { describe, expect, it } from 'vitest';
import { checkArticle, checklistProblemSchema } from '../../../shared/checklist/check-article';
import { emptyArticleContent } from '../../../shared/article';
import { completeArticle } from './complete-article';

describe('checkArticle', () => {
  it('passes a complete article', () => {
    expect(checkArticle(completeArticle())).toEqual([]);
  });

  it('lists every problem of an empty draft, each naming its field and what to do', () => {
    const problems = checkArticle(emptyArticleContent('zh-Hant'));
    expect(problems.map((problem) => problem.code)).toEqual(['tags_missing', 'headline_missing', 'section_missing', 'lead_image_missing']);
    for (const problem of problems) {
      expect(checklistProblemSchema.parse(problem)).toEqual(problem);
      expect(problem.message).toMatch(/: [a-z]/);
    }
  });
});
