import type { DocNode } from '../article';

/** Every node of a given type in the body, in document order (figures may sit inside cases). */
export function bodyNodes(body: { content: DocNode[] }, type: string): DocNode[] {
  const found: DocNode[] = [];
  const visit = (nodes: DocNode[]) => {
    for (const node of nodes) {
      if (node.type === type) found.push(node);
      if (node.content) visit(node.content);
    }
  };
  visit(body.content);
  return found;
}

export function textAttribute(node: DocNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}
