import { limits } from '../../limits';
import { bodyNodes, textAttribute } from '../body-nodes';
import type { ChecklistProblem, ChecklistRule } from '../checklist-problem';

interface Measured {
  field: string;
  code: string;
  /** English name of the field in a sentence, e.g. "Standfirst", "Lead image caption". */
  what: string;
  text: string;
  max: number;
  position?: number;
}

function tooLong({ field, code, what, text, max, position }: Measured): ChecklistProblem[] {
  if (text.length <= max) return [];
  return [{
    field,
    code,
    message: `${what} is ${text.length} characters long: shorten it to ${max} or fewer.`,
    params: { length: text.length, max, ...(position !== undefined ? { position } : {}) },
  }];
}

function tooMany(field: string, code: string, what: string, count: number, max: number): ChecklistProblem[] {
  if (count <= max) return [];
  return [{ field, code, message: `There are ${count} ${what}: keep ${max} or fewer.`, params: { count, max } }];
}

/**
 * Drafts keep whatever was typed or pasted, however long (nothing is cut on the way in); the
 * site's limits are enforced here instead, so the writer sees what to shorten and the server
 * refuses approval until it is done. The headline has its own rule.
 */
export const lengthRule: ChecklistRule = ({ standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks }) => {
  const measured: Measured[] = [
    { field: 'standfirst', code: 'standfirst_too_long', what: 'Standfirst', text: standfirst, max: limits.standfirstMax },
    { field: 'byline', code: 'byline_too_long', what: 'Byline', text: byline, max: limits.bylineMax },
    { field: 'dateline', code: 'dateline_too_long', what: 'Dateline', text: dateline, max: limits.datelineMax },
  ];
  if (leadImage) {
    measured.push(
      { field: 'leadImage.caption', code: 'lead_image_caption_too_long', what: 'Lead image caption', text: leadImage.caption, max: limits.captionMax },
      { field: 'leadImage.credit', code: 'lead_image_credit_too_long', what: 'Lead image credit', text: leadImage.credit, max: limits.creditMax },
      { field: 'leadImage.alt', code: 'lead_image_alt_too_long', what: 'Lead image alt text', text: leadImage.alt, max: limits.altMax },
    );
  }
  bodyNodes(body, 'figure').forEach((figure, index) => {
    const position = index + 1;
    measured.push(
      { field: `body.figures.${index}.caption`, code: 'figure_caption_too_long', what: `Figure ${position} caption`, text: textAttribute(figure, 'caption'), max: limits.captionMax, position },
      { field: `body.figures.${index}.credit`, code: 'figure_credit_too_long', what: `Figure ${position} credit`, text: textAttribute(figure, 'credit'), max: limits.creditMax, position },
      { field: `body.figures.${index}.alt`, code: 'figure_alt_too_long', what: `Figure ${position} alt text`, text: textAttribute(figure, 'alt'), max: limits.altMax, position },
    );
  });
  tags.forEach((tag, index) => measured.push({ field: `tags.${index}`, code: 'tag_too_long', what: `Tag ${index + 1}`, text: tag, max: limits.tagMax, position: index + 1 }));
  topics.forEach((topic, index) => measured.push({ field: `topics.${index}`, code: 'topic_too_long', what: `Topic ${index + 1}`, text: topic, max: limits.tagMax, position: index + 1 }));
  relatedLinks.forEach((link, index) => {
    const position = index + 1;
    measured.push(
      { field: `relatedLinks.${index}.title`, code: 'related_link_title_too_long', what: `Related link ${position} title`, text: link.title, max: limits.relatedLinkTitleMax, position },
      { field: `relatedLinks.${index}.url`, code: 'related_link_url_too_long', what: `Related link ${position} address`, text: link.url ?? '', max: limits.urlMax, position },
    );
  });
  return [
    ...measured.flatMap(tooLong),
    ...tooMany('tags', 'tags_too_many', 'tags', tags.length, limits.tagsMax),
    ...tooMany('topics', 'topics_too_many', 'topics', topics.length, limits.topicsMax),
    ...tooMany('relatedLinks', 'related_links_too_many', 'related links', relatedLinks.length, limits.relatedLinksMax),
  ];
};
