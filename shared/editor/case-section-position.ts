import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface CaseSectionLocation {
  node: ProseMirrorNode;
  /** Position just before the case section node. */
  pos: number;
  /** 1-based number among the document's case sections. */
  number: number;
}

/** Every top-level case section with its position and number, in document order. */
export function caseSectionsIn(doc: ProseMirrorNode): CaseSectionLocation[] {
  const sections: CaseSectionLocation[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'caseSection') sections.push({ node, pos: offset, number: sections.length + 1 });
  });
  return sections;
}

/** The case section that starts at `pos` or contains it, if any. */
export function caseSectionAt(doc: ProseMirrorNode, pos: number): CaseSectionLocation | undefined {
  return caseSectionsIn(doc).find((section) => pos >= section.pos && pos < section.pos + section.node.nodeSize);
}
