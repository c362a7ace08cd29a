import { Node } from '@tiptap/core';

/**
 * The top node of an article body. Case sections sit only at the top level (a case inside a
 * case would have no sensible number), so the document admits ordinary blocks and case sections
 * while a case section itself admits ordinary blocks only.
 */
export const ArticleDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(block | caseSection)+',
});
