import { memo, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type ArticleBody, type ArticleContent } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { slugFollowsHeadline } from '../../../shared/slug/slug-follows-headline';
import { suggestSlug } from '../../../shared/slug/suggest-slug';
import { useDesk } from '../../api/desk-context';
import { ArticleBodyEditor } from '../../editor/ArticleBodyEditor';
import { importImageFile } from '../../media/import-image-file';
import { ChipInput } from './ChipInput';
import { ImageError } from './ImageError';
import { CountsBar } from './CountsBar';
import { HeadlineCount } from './HeadlineCount';
import { LeadImageEditor } from './LeadImageEditor';
import { RelatedLinksEditor } from './RelatedLinksEditor';
import { SectionSelect } from './SectionSelect';
import { SlugField } from './SlugField';
import { useDraftTags } from './use-draft-tags';
import { useImageIntake } from './use-image-intake';
import type { SectionChoices } from './use-sections';

interface ArticleFieldsProps {
  draftId: string;
  content: ArticleContent;
  sections: SectionChoices;
  onChange: (patch: Partial<ArticleContent>) => void;
}

/** Every editable part of the article, top to bottom in the order of the public page. */
export function ArticleFields({ draftId, content, sections, onChange }: ArticleFieldsProps) {
  const { t } = useTranslation('article');
  const suggestions = useDraftTags();
  const desk = useDesk();
  const importer = useCallback((file: File) => importImageFile(file, desk), [desk]);
  const intake = useImageIntake(importer);
  const changeBody = useCallback((body: ArticleBody) => onChange({ body }), [onChange]);
  const changeSection = useCallback((section: string) => onChange({ section }), [onChange]);

  // A draft written before slugs existed gets one from its headline the first time it is opened.
  const missingSlug = content.slug === '' && content.headline.trim() !== '' ? suggestSlug({ id: draftId, language: content.language, headline: content.headline }) : '';
  useEffect(() => {
    if (missingSlug !== '') onChange({ slug: missingSlug });
  }, [missingSlug, onChange]);

  /** A headline or language change carries the slug along while it still follows the headline. */
  const changeFollowingSlug = (patch: Pick<ArticleContent, 'headline'> | Pick<ArticleContent, 'language'>) => {
    const before = { id: draftId, language: content.language, headline: content.headline };
    if (!slugFollowsHeadline(content.slug, before)) return onChange(patch);
    return onChange({ ...patch, slug: suggestSlug({ ...before, ...patch }) });
  };

  const text = (name: 'headline' | 'standfirst' | 'byline' | 'dateline', max: number, multiline = false) => {
    // No maxLength: the browser would cut a paste silently. Length is the checklist's business.
    const over = content[name].length > max;
    const props = {
      id: `field-${name}`,
      value: content[name],
      'aria-invalid': name === 'headline' ? over : undefined,
      'aria-describedby': name === 'headline' ? 'field-headline-count' : undefined,
      onChange: (event: { target: { value: string } }) =>
        name === 'headline' ? changeFollowingSlug({ headline: event.target.value }) : onChange({ [name]: event.target.value }),
    };
    return (
      <div className={`field field--${name}`}>
        <label className="field__label" htmlFor={props.id}>
          {t(name)}
        </label>
        {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
        {name === 'headline' ? <HeadlineCount id="field-headline-count" length={content.headline.length} max={max} /> : null}
      </div>
    );
  };

  /** Tags (above the headline) and Topics (at the foot) are edited alike, as chips. */
  const chips = (field: 'tags' | 'topics') => (
    <ChipInput
      id={`field-${field}`}
      label={t(field)}
      values={content[field]}
      suggestions={suggestions[field]}
      max={field === 'tags' ? limits.tagsMax : limits.topicsMax}
      removeLabel={(value) => t(field === 'tags' ? 'removeTag' : 'removeTopic', { value })}
      onChange={(values) => onChange({ [field]: values })}
    />
  );

  return (
    <>
      <div className="card card--masthead">
        {chips('tags')}
        {text('headline', limits.headlineMax)}
        <SlugField value={content.slug} onChange={(slug) => onChange({ slug })} />
        {text('standfirst', limits.standfirstMax, true)}
        <div className="meta-grid">
          {text('byline', limits.bylineMax)}
          {text('dateline', limits.datelineMax)}
          <div className="field">
            <label className="field__label" htmlFor="field-language">
              {t('language')}
            </label>
            <select id="field-language" value={content.language} onChange={(event) => changeFollowingSlug({ language: languages.find((l) => l === event.target.value) ?? content.language })}>
              {languages.map((language) => (
                <option key={language} value={language}>
                  {t(`common:languages.${language}`)}
                </option>
              ))}
            </select>
          </div>
          <SectionSelect value={content.section} choices={sections} onChange={changeSection} />
        </div>
      </div>

      <LeadImageEditor
        image={content.leadImage}
        busy={intake.busy}
        error={intake.error?.target === 'lead' ? intake.error.message : null}
        onDismissError={intake.dismissError}
        onChange={(leadImage) => onChange({ leadImage })}
        onPick={intake.available ? () => void intake.pick('lead').then((image) => image && onChange({ leadImage: image })) : undefined}
      />

      <div id="field-body" tabIndex={-1} className="body-slot">
        {intake.error?.target === 'body' ? <ImageError message={intake.error.message} onDismiss={intake.dismissError} /> : null}
        <MemoBody
          body={content.body}
          label={t('body')}
          language={content.language}
          onChange={changeBody}
          intake={intake}
        />
        <CountsBar body={content.body} standfirst={content.standfirst} />
      </div>

      <div className="card">
        {chips('topics')}
        <RelatedLinksEditor links={content.relatedLinks} onChange={(relatedLinks) => onChange({ relatedLinks })} />
      </div>
    </>
  );
}

type Intake = ReturnType<typeof useImageIntake>;

/** The editor owns its document after the first render; typing must not re-render it from above. */
const MemoBody = memo(
  function Body({ body, label, language, onChange, intake }: { body: ArticleBody; label: string; language: ArticleContent['language']; onChange: (body: ArticleBody) => void; intake: Intake }) {
    return (
      <ArticleBodyEditor
        body={body}
        label={label}
        language={language}
        onChange={onChange}
        onPickImage={intake.available ? (insert) => void intake.pick('body').then((image) => image && insert(image)) : undefined}
        onImageFiles={intake.available ? (files, insert) => void intake.importFiles(files, insert) : undefined}
      />
    );
  },
  (before, after) => before.label === after.label && before.language === after.language && before.onChange === after.onChange && before.intake === after.intake,
);
