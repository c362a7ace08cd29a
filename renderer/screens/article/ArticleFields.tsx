import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type ArticleBody, type ArticleContent } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { useDesk } from '../../api/desk-context';
import { ArticleBodyEditor } from '../../editor/ArticleBodyEditor';
import { importImageFile } from '../../media/import-image-file';
import { ChipInput } from './ChipInput';
import { CountsBar } from './CountsBar';
import { LeadImageEditor } from './LeadImageEditor';
import { RelatedLinksEditor } from './RelatedLinksEditor';
import { useDraftTags } from './use-draft-tags';
import { useImageIntake } from './use-image-intake';

const sections = ['hong-kong', 'china', 'world', 'business', 'sport', 'culture', 'opinion'] as const;

interface ArticleFieldsProps {
  content: ArticleContent;
  onChange: (patch: Partial<ArticleContent>) => void;
}

/** Every editable part of the article, top to bottom in the order of the public page. */
export function ArticleFields({ content, onChange }: ArticleFieldsProps) {
  const { t } = useTranslation('article');
  const suggestions = useDraftTags();
  const desk = useDesk();
  const importer = useCallback((file: File) => importImageFile(file, desk), [desk]);
  const intake = useImageIntake(importer);
  const changeBody = useCallback((body: ArticleBody) => onChange({ body }), [onChange]);

  const text = (name: 'headline' | 'standfirst' | 'byline' | 'dateline', max: number, multiline = false) => {
    const props = {
      id: `field-${name}`,
      value: content[name],
      maxLength: max,
      onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
    };
    return (
      <div className={`field field--${name}`}>
        <label className="field__label" htmlFor={props.id}>
          {t(name)}
          {name === 'headline' ? (
            <span className={`field__count${content.headline.length > max * 0.9 ? ' field__count--near' : ''}`} aria-hidden="true">
              {content.headline.length}/{max}
            </span>
          ) : null}
        </label>
        {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
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
      maxLength={limits.tagMax}
      removeLabel={(value) => t(field === 'tags' ? 'removeTag' : 'removeTopic', { value })}
      onChange={(values) => onChange({ [field]: values })}
    />
  );

  return (
    <>
      <div className="card card--masthead">
        {chips('tags')}
        {text('headline', limits.headlineMax)}
        {text('standfirst', limits.standfirstMax, true)}
        <div className="meta-grid">
          {text('byline', limits.bylineMax)}
          {text('dateline', limits.datelineMax)}
          <div className="field">
            <label className="field__label" htmlFor="field-language">
              {t('language')}
            </label>
            <select id="field-language" value={content.language} onChange={(event) => onChange({ language: languages.find((l) => l === event.target.value) ?? content.language })}>
              {languages.map((language) => (
                <option key={language} value={language}>
                  {t(`common:languages.${language}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="field-section">
              {t('section')}
            </label>
            <input id="field-section" list="article-sections" value={content.section} maxLength={limits.sectionMax} onChange={(event) => onChange({ section: event.target.value })} />
            <datalist id="article-sections">
              {sections.map((section) => (
                <option key={section} value={section}>
                  {t(`sections.${section}`)}
                </option>
              ))}
            </datalist>
          </div>
        </div>
      </div>

      <LeadImageEditor
        image={content.leadImage}
        busy={intake.busy}
        onChange={(leadImage) => onChange({ leadImage })}
        onPick={intake.available ? () => void intake.pick().then((image) => image && onChange({ leadImage: image })) : undefined}
      />
      {intake.error ? (
        <p role="alert" className="notice notice--error">
          {intake.error}
        </p>
      ) : null}

      <div id="field-body" tabIndex={-1} className="body-slot">
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
        onPickImage={intake.available ? (insert) => void intake.pick().then((image) => image && insert(image)) : undefined}
        onImageFiles={intake.available ? (files, insert) => void intake.importFiles(files, insert) : undefined}
      />
    );
  },
  (before, after) => before.label === after.label && before.language === after.language && before.onChange === after.onChange && before.intake === after.intake,
);
