import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { documentExtensions, headingLevels, isAllowedLink } from './document-extensions';

let cachedSchema: Schema | undefined;

/** The ProseMirror schema built from the shared extension list (built once, then reused). */
export function documentSchema(): Schema {
  cachedSchema ??= getSchema(documentExtensions());
  return cachedSchema;
}

/**
 * Every reason an article body does not fit the editor's schema, in words a person can act on.
 * An empty list means the body is valid. A document that does not fit is refused as a whole —
 * never trimmed to fit — so nothing a reporter wrote disappears silently.
 */
export function documentProblems(body: unknown): string[] {
  const schema = documentSchema();
  if (!isRecord(body) || body.type !== 'doc') {
    return ['The article body must be a document ({ "type": "doc", "content": [...] }).'];
  }
  const problems: string[] = [];
  walk(body, 'Body', schema, problems);
  if (problems.length > 0) return problems;
  try {
    ProseMirrorNode.fromJSON(schema, body).check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(`The article body's structure is not allowed (${reason}). Undo the last change or paste the text again as plain paragraphs.`);
  }
  return problems;
}

function walk(node: Record<string, unknown>, path: string, schema: Schema, problems: string[]): void {
  const type = node.type;
  if (typeof type !== 'string' || !schema.nodes[type]) {
    problems.push(`${path}: "${String(type)}" is not a kind of block the editor knows. Remove it or retype it as a paragraph.`);
    return;
  }
  checkAttributes(type, isRecord(node.attrs) ? node.attrs : {}, path, problems);
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') problems.push(`${path}: a text run is empty or not text.`);
  }
  if (node.marks !== undefined) checkMarks(node.marks, path, schema, problems);
  if (node.content === undefined) return;
  if (!Array.isArray(node.content)) {
    problems.push(`${path}: its content must be a list of blocks.`);
    return;
  }
  node.content.forEach((child: unknown, index) => {
    const childPath = `${path} › ${describe(child, index)}`;
    if (!isRecord(child)) {
      problems.push(`${childPath}: not a block.`);
      return;
    }
    walk(child, childPath, schema, problems);
  });
}

function checkAttributes(type: string, attrs: Record<string, unknown>, path: string, problems: string[]): void {
  if (type === 'heading') {
    const level = attrs.level ?? headingLevels[0];
    if (!headingLevels.some((allowed) => allowed === level)) {
      problems.push(`${path}: heading level ${String(level)} is not allowed; use level 2 or 3 (the headline is the only level 1).`);
    }
  }
  if (type === 'caseSection' && attrs.title !== undefined && typeof attrs.title !== 'string') {
    problems.push(`${path}: the case title must be text.`);
  }
  if (type === 'figure') {
    for (const name of ['mediaId', 'src'] as const) {
      if (typeof attrs[name] !== 'string' || attrs[name] === '') problems.push(`${path}: the image has no ${name}; insert the image again.`);
    }
    for (const name of ['caption', 'credit', 'alt'] as const) {
      if (attrs[name] !== undefined && typeof attrs[name] !== 'string') problems.push(`${path}: the figure's ${name} must be text.`);
    }
  }
}

function checkMarks(marks: unknown, path: string, schema: Schema, problems: string[]): void {
  if (!Array.isArray(marks)) {
    problems.push(`${path}: its formatting must be a list.`);
    return;
  }
  for (const mark of marks) {
    const type = isRecord(mark) ? mark.type : undefined;
    if (typeof type !== 'string' || !schema.marks[type]) {
      problems.push(`${path}: formatting "${String(type)}" is not supported. Remove it.`);
      continue;
    }
    if (type === 'link') {
      const href = isRecord(mark) && isRecord(mark.attrs) ? mark.attrs.href : undefined;
      if (typeof href !== 'string' || !isAllowedLink(href)) {
        problems.push(`${path}: link "${String(href)}" is not allowed; links must start with http://, https:// or mailto:.`);
      }
    }
  }
}

function describe(child: unknown, index: number): string {
  const type = isRecord(child) && typeof child.type === 'string' ? child.type : 'item';
  return `${type} ${index + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
