// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { caseSectionAt, caseSectionsIn } from '../../../shared/editor/case-section-position';
import { caseLabel } from '../../../shared/text/case-label';
import { articleEditor, caseSection, paragraph, titles } from './article-editor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function labels(current: Editor, language: 'en' | 'zh-Hant'): string[] {
  return caseSectionsIn(current.state.doc).map((section) => `${caseLabel(section.number, language)}${String(section.node.attrs.title)}`);
}

function positionOf(current: Editor, title: string): number {
  const found = caseSectionsIn(current.state.doc).find((section) => section.node.attrs.title === title);
  if (!found) throw new Error(`no case titled ${title}`);
  return found.pos;
}

describe('caseSection', () => {
  it('inserts a titled case section after the block holding the cursor', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro')] });
    editor.commands.setTextSelection(2);
    expect(editor.commands.insertCaseSection('Former Employee of a Classified Unit')).toBe(true);
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [paragraph('Intro'), { type: 'caseSection', attrs: { title: 'Former Employee of a Classified Unit' }, content: [{ type: 'paragraph' }] }],
    });
    expect(editor.getHTML()).toBe(
      '<p>Intro</p><section data-case-section="" data-title="Former Employee of a Classified Unit"><p></p></section>',
    );
    // Typing continues inside the new case.
    editor.commands.insertContent('Worked there for ten years.');
    expect(editor.getJSON().content?.[1]).toEqual(caseSection('Former Employee of a Classified Unit', 'Worked there for ten years.'));
  });

  it('never nests: inserting inside a case section adds the next top-level case', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('One', 'First case text')] });
    editor.commands.setTextSelection(3);
    editor.commands.insertCaseSection('Two');
    expect(titles(editor)).toEqual(['One', 'Two']);
    expect(editor.getJSON().content?.every((node) => node.type === 'caseSection')).toBe(true);
  });

  it('numbers cases by position in English and Chinese, and renumbers after a move', () => {
    editor = articleEditor({
      type: 'doc',
      content: [paragraph('Intro'), caseSection('Alpha', 'a'), paragraph('Between'), caseSection('Beta', 'b'), caseSection('Gamma', 'c')],
    });
    expect(labels(editor, 'en')).toEqual(['Case 1:Alpha', 'Case 2:Beta', 'Case 3:Gamma']);
    expect(labels(editor, 'zh-Hant')).toEqual(['案例一：Alpha', '案例二：Beta', '案例三：Gamma']);

    expect(editor.commands.moveCaseSectionUp(positionOf(editor, 'Gamma'))).toBe(true);
    expect(labels(editor, 'en')).toEqual(['Case 1:Alpha', 'Case 2:Gamma', 'Case 3:Beta']);
    expect(labels(editor, 'zh-Hant')).toEqual(['案例一：Alpha', '案例二：Gamma', '案例三：Beta']);
  });

  it('moves a case over its neighbour case, leaving the paragraphs between them in place', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('Alpha', 'a'), paragraph('Between'), caseSection('Beta', 'b')] });
    expect(editor.commands.moveCaseSectionDown(positionOf(editor, 'Alpha'))).toBe(true);
    expect(editor.getJSON().content).toEqual([caseSection('Beta', 'b'), paragraph('Between'), caseSection('Alpha', 'a')]);
    // The last case cannot move further down, the first cannot move up.
    expect(editor.commands.moveCaseSectionDown(positionOf(editor, 'Alpha'))).toBe(false);
    expect(editor.commands.moveCaseSectionUp(positionOf(editor, 'Beta'))).toBe(false);
  });

  it('moves the case around the cursor when no position is given', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('Alpha', 'a'), caseSection('Beta', 'b')] });
    const beta = positionOf(editor, 'Beta');
    editor.commands.setTextSelection(beta + 3);
    editor.commands.moveCaseSectionUp();
    expect(titles(editor)).toEqual(['Beta', 'Alpha']);
  });

  it('deletes a case section and keeps at least one paragraph in the body', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('Alpha', 'a'), caseSection('Beta', 'b')] });
    editor.commands.deleteCaseSection(positionOf(editor, 'Alpha'));
    expect(titles(editor)).toEqual(['Beta']);
    editor.commands.deleteCaseSection(positionOf(editor, 'Beta'));
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('makes a title edit undoable and redoable like any other edit', () => {
    editor = articleEditor({ type: 'doc', content: [caseSection('Draft title', 'text')] });
    editor.commands.setCaseSectionTitle('Former Employee of a Classified Unit', 0);
    expect(titles(editor)).toEqual(['Former Employee of a Classified Unit']);
    editor.commands.undo();
    expect(titles(editor)).toEqual(['Draft title']);
    editor.commands.redo();
    expect(titles(editor)).toEqual(['Former Employee of a Classified Unit']);
  });

  it('finds the case section holding a position, and none outside', () => {
    editor = articleEditor({ type: 'doc', content: [paragraph('Intro'), caseSection('Alpha', 'a')] });
    const alpha = positionOf(editor, 'Alpha');
    expect(caseSectionAt(editor.state.doc, alpha + 2)?.number).toBe(1);
    expect(caseSectionAt(editor.state.doc, 1)).toBeUndefined();
  });

  it('reads a case section back from HTML', () => {
    editor = articleEditor();
    editor.commands.setContent('<section data-case-section data-title="Star Ferry"><p>The operator…</p></section>');
    expect(editor.getJSON().content).toEqual([caseSection('Star Ferry', 'The operator…')]);
  });
});
