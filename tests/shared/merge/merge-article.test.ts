import { describe, expect, it } from 'vitest';
import type { ArticleContent, DocNode } from '../../../shared/article';
import { mergeArticle } from '../../../shared/merge/merge-article';
import { resolveMerge } from '../../../shared/merge/resolve-merge';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cs = (title: string, ...paragraphs: string[]): DocNode => ({ type: 'caseSection', attrs: { title }, content: paragraphs.map(p) });
const fig = (mediaId: string, caption: string): DocNode => ({ type: 'figure', attrs: { mediaId, src: `/media/${mediaId}/large`, caption, credit: '(File Photo)', alt: '' } });

function article(body: DocNode[], fields: Partial<ArticleContent> = {}): ArticleContent {
  return {
    slug: 'ferry-fares', language: 'en', section: 'hong-kong', headline: 'Ferry fares to rise', standfirst: 'Operators cite fuel', byline: 'Staff Reporter', dateline: 'Hong Kong',
    leadImage: null, body: { type: 'doc', content: body }, tags: ['transport', 'ferries'], topics: ['Cost of living'],
    relatedLinks: [{ title: 'Bus fares frozen', url: 'https://example.org/bus' }], ...fields,
  };
}

/** The body as merged: clean blocks as they are, a conflict as { conflict: [base, mine, theirs] }. */
function merged(base: DocNode[], mine: DocNode[], theirs: DocNode[]) {
  const merge = mergeArticle(article(base), article(mine), article(theirs));
  return { order: merge.orderConflict, body: merge.body.flatMap((segment): (DocNode | { conflict: (DocNode | null)[] })[] => (segment.kind === 'clean' ? segment.nodes : [{ conflict: [segment.base, segment.mine, segment.theirs] }])) };
}

const A = cs('Case: Former employee', 'He worked there for ten years.', 'He left in 2024.');
const B = cs('Case: Night-shift nurse', 'She was paid late.');
const C = cs('Case: Delivery rider', 'He was injured at work.');

describe('three-way merge of the body, block by block', () => {
  const cases: { name: string; base: DocNode[]; mine: DocNode[]; theirs: DocNode[]; expected: ReturnType<typeof merged> }[] = [
    {
      name: 'edits to different paragraphs both arrive',
      base: [p('Fares will rise.'), p('The operator blamed fuel.')],
      mine: [p('Fares will rise by 5 per cent.'), p('The operator blamed fuel.')],
      theirs: [p('Fares will rise.'), p('The operator blamed fuel costs.')],
      expected: { order: false, body: [p('Fares will rise by 5 per cent.'), p('The operator blamed fuel costs.')] },
    },
    {
      name: 'the same paragraph changed differently is a conflict with all three versions',
      base: [p('Fares will rise.'), p('Unchanged.')],
      mine: [p('Fares will rise in January.'), p('Unchanged.')],
      theirs: [p('Fares will rise sharply.'), p('Unchanged.')],
      expected: { order: false, body: [{ conflict: [p('Fares will rise.'), p('Fares will rise in January.'), p('Fares will rise sharply.')] }, p('Unchanged.')] },
    },
    {
      name: 'the same change made on both sides is made once',
      base: [p('Fares will rise.')],
      mine: [p('Fares will rise by 5 per cent.')],
      theirs: [p('Fares will rise by 5 per cent.')],
      expected: { order: false, body: [p('Fares will rise by 5 per cent.')] },
    },
    {
      name: 'a case section moved on my side and edited on theirs comes out moved and edited',
      base: [p('Intro.'), A, B, C],
      mine: [p('Intro.'), C, A, B],
      theirs: [p('Intro.'), A, B, cs('Case: Delivery rider', 'He was injured at work in March.')],
      expected: { order: false, body: [p('Intro.'), cs('Case: Delivery rider', 'He was injured at work in March.'), A, B] },
    },
    {
      name: 'a case section moved on their side and retitled on mine comes out moved and retitled',
      base: [A, B, C],
      mine: [cs('Case 1: Former employee of a classified unit', 'He worked there for ten years.', 'He left in 2024.'), B, C],
      theirs: [B, C, A],
      expected: { order: false, body: [B, C, cs('Case 1: Former employee of a classified unit', 'He worked there for ten years.', 'He left in 2024.')] },
    },
    {
      name: 'different paragraphs of one case section edited on each side merge inside it',
      base: [A],
      mine: [cs('Case: Former employee', 'He worked there for twelve years.', 'He left in 2024.')],
      theirs: [cs('Case: Former employee', 'He worked there for ten years.', 'He left in March 2024.')],
      expected: { order: false, body: [cs('Case: Former employee', 'He worked there for twelve years.', 'He left in March 2024.')] },
    },
    {
      name: 'a case section retitled differently on both sides is one conflict, whole',
      base: [A, B],
      mine: [cs('Case 1: Whistle-blower', 'He worked there for ten years.', 'He left in 2024.'), B],
      theirs: [cs('Case 1: Insider', 'He worked there for ten years.', 'He left in 2024.'), B],
      expected: { order: false, body: [{ conflict: [A, cs('Case 1: Whistle-blower', 'He worked there for ten years.', 'He left in 2024.'), cs('Case 1: Insider', 'He worked there for ten years.', 'He left in 2024.')] }, B] },
    },
    {
      name: 'a block deleted on one side and untouched on the other is gone',
      base: [p('One.'), p('Two.'), p('Three.')],
      mine: [p('One.'), p('Three.')],
      theirs: [p('One.'), p('Two.'), p('Three, edited.')],
      expected: { order: false, body: [p('One.'), p('Three, edited.')] },
    },
    {
      name: 'a block I deleted that they edited is a conflict, not a silent loss',
      base: [p('One.'), B],
      mine: [p('One.')],
      theirs: [p('One.'), cs('Case: Night-shift nurse', 'She was paid three months late.')],
      expected: { order: false, body: [p('One.'), { conflict: [B, null, cs('Case: Night-shift nurse', 'She was paid three months late.')] }] },
    },
    {
      name: 'blocks added on each side land where each side put them',
      base: [p('One.'), p('Two.')],
      mine: [p('Mine first.'), p('One.'), p('Two.')],
      theirs: [p('One.'), fig('m_7', 'The pier at dawn.'), p('Two.'), p('Their last word.')],
      expected: { order: false, body: [p('Mine first.'), p('One.'), fig('m_7', 'The pier at dawn.'), p('Two.'), p('Their last word.')] },
    },
    {
      name: 'both sides moving blocks differently follows my order and says so',
      base: [A, B, C],
      mine: [C, A, B],
      theirs: [B, A, C],
      expected: { order: true, body: [C, A, B] },
    },
    {
      name: 'Chinese: a case section moved on one side, a character corrected on the other, a sentence added to the intro',
      base: [p('政府宣布渡輪票價明年一月起上調。'), cs('個案一：前紀律部隊職員', '他在部門工作了十年。'), cs('個案二：夜更護士', '她的薪金延遲發放。')],
      mine: [p('政府宣布渡輪票價明年一月起上調。營辦商指燃油成本上升。'), cs('個案二：夜更護士', '她的薪金延遲發放。'), cs('個案一：前紀律部隊職員', '他在部門工作了十年。')],
      theirs: [p('政府宣布渡輪票價明年一月起上調。'), cs('個案一：前紀律部隊職員', '他在部門工作了十年。'), cs('個案二：夜更護士', '她的薪金延遲三個月發放。')],
      expected: { order: false, body: [p('政府宣布渡輪票價明年一月起上調。營辦商指燃油成本上升。'), cs('個案二：夜更護士', '她的薪金延遲三個月發放。'), cs('個案一：前紀律部隊職員', '他在部門工作了十年。')] },
    },
    {
      name: 'Chinese: the same sentence changed differently on both sides is a conflict',
      base: [p('票價上調百分之五。')],
      mine: [p('票價上調百分之六。')],
      theirs: [p('票價上調約百分之五。')],
      expected: { order: false, body: [{ conflict: [p('票價上調百分之五。'), p('票價上調百分之六。'), p('票價上調約百分之五。')] }] },
    },
  ];

  it.each(cases)('$name', ({ base, mine, theirs, expected }) => {
    expect(merged(base, mine, theirs)).toEqual(expected);
  });
});

describe('three-way merge of the other fields', () => {
  it('takes each side’s change to different fields', () => {
    const merge = mergeArticle(article([]), article([], { headline: 'Ferry fares to rise in January' }), article([], { standfirst: 'Operators cite fuel and wages' }));
    expect(merge.fieldConflicts).toEqual([]);
    expect(merge.fields).toMatchObject({ headline: 'Ferry fares to rise in January', standfirst: 'Operators cite fuel and wages' });
  });

  it('leaves a headline changed differently on both sides for a person, offering mine or theirs but not both', () => {
    const merge = mergeArticle(article([]), article([], { headline: '渡輪明年加價' }), article([], { headline: '渡輪票價一月上調' }));
    expect(merge.fieldConflicts).toEqual([{ id: 'field:headline', field: 'headline', canKeepBoth: false }]);
    expect(resolveMerge(merge, {})).toEqual({ ok: false, unsettled: ['field:headline'] });
    expect(resolveMerge(merge, { 'field:headline': 'both' })).toEqual({ ok: false, unsettled: ['field:headline'] });
    const theirs = resolveMerge(merge, { 'field:headline': 'theirs' });
    expect(theirs.ok && theirs.content.headline).toBe('渡輪票價一月上調');
    const mine = resolveMerge(merge, { 'field:headline': 'mine' });
    expect(mine.ok && mine.content.headline).toBe('渡輪明年加價');
  });

  it('merges tags and topics as sets: additions and removals on different sides never conflict', () => {
    const merge = mergeArticle(article([]), article([], { tags: ['transport', 'ferries', '渡輪'], topics: [] }), article([], { tags: ['ferries', 'fares'], topics: ['Cost of living', 'Transport policy'] }));
    expect(merge.fieldConflicts).toEqual([]);
    expect(merge.fields.tags).toEqual(['ferries', '渡輪', 'fares']);
    expect(merge.fields.topics).toEqual(['Transport policy']);
  });

  it('merges related links by target: a retitle and an addition combine; two retitles conflict and can keep both', () => {
    const bus = { title: 'Bus fares frozen', url: 'https://example.org/bus' };
    const tram = { title: 'Tram fares', url: 'https://example.org/tram' };
    const clean = mergeArticle(article([]), article([], { relatedLinks: [{ ...bus, title: 'Bus fares frozen for 2027' }] }), article([], { relatedLinks: [bus, tram] }));
    expect(clean.fieldConflicts).toEqual([]);
    expect(clean.fields.relatedLinks).toEqual([{ ...bus, title: 'Bus fares frozen for 2027' }, tram]);

    const clash = mergeArticle(article([]), article([], { relatedLinks: [{ ...bus, title: '巴士票價凍結' }] }), article([], { relatedLinks: [{ ...bus, title: 'Bus fares held' }, tram] }));
    expect(clash.fieldConflicts).toEqual([{ id: 'field:relatedLinks', field: 'relatedLinks', canKeepBoth: true }]);
    const both = resolveMerge(clash, { 'field:relatedLinks': 'both' });
    expect(both.ok && both.content.relatedLinks).toEqual([{ ...bus, title: '巴士票價凍結' }, tram]);
  });
});

describe('settling body conflicts', () => {
  const base = article([p('Fares will rise.'), B]);
  const mine = article([p('Fares will rise in January.'), B]);
  const theirs = article([p('Fares will rise sharply.')]);

  it('keeps mine, takes theirs or keeps both (mine first), per conflict', () => {
    const merge = mergeArticle(base, mine, theirs);
    expect(merge.body.filter((segment) => segment.kind === 'conflict').map((segment) => segment.kind === 'conflict' && segment.id)).toEqual(['block:1']);
    const settle = (choice: 'mine' | 'theirs' | 'both') => {
      const result = resolveMerge(merge, { 'block:1': choice });
      return result.ok ? result.content.body.content : result.unsettled;
    };
    // B was deleted on their side and untouched on mine: it is gone whatever is chosen.
    expect(settle('mine')).toEqual([p('Fares will rise in January.')]);
    expect(settle('theirs')).toEqual([p('Fares will rise sharply.')]);
    expect(settle('both')).toEqual([p('Fares will rise in January.'), p('Fares will rise sharply.')]);
    expect(resolveMerge(merge, {})).toEqual({ ok: false, unsettled: ['block:1'] });
  });
});
