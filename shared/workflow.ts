/**
 * The newsroom workflow: states, actions, roles and who may do what. Pure, so the server
 * (the authority) enforces exactly what the desktop app mirrors in its buttons.
 *
 * draft → in_review → (changes_requested → in_review)* → approved → scheduled? → published →
 * corrected* | unpublished
 */
import { z } from 'zod';
import type { ArticleStatus } from './article';

export const roles = ['reporter', 'photo_editor', 'chief_editor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const workflowActions = [
  'submit',
  'request_changes',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'correct',
] as const;
export const workflowActionSchema = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: readonly Role[];
}

const editors: readonly Role[] = ['chief_editor', 'admin'];

/** The whole state machine: one row per action. */
export const transitions: Readonly<Record<WorkflowAction, Transition>> = {
  // An unpublished article can be reworked and sent back through review.
  submit: { from: ['draft', 'changes_requested', 'unpublished'], to: 'in_review', roles: ['reporter', ...editors] },
  request_changes: { from: ['in_review', 'approved', 'scheduled'], to: 'changes_requested', roles: editors },
  approve: { from: ['in_review'], to: 'approved', roles: editors },
  schedule: { from: ['approved'], to: 'scheduled', roles: editors },
  publish: { from: ['approved', 'scheduled'], to: 'published', roles: editors },
  unpublish: { from: ['published', 'corrected'], to: 'unpublished', roles: editors },
  correct: { from: ['published', 'corrected'], to: 'corrected', roles: editors },
};

/** Actions that change what the public sees; the publishing hooks run with them. */
export const publicActions: readonly WorkflowAction[] = ['publish', 'correct', 'unpublish'];

export type TransitionRefusal = 'wrong_state' | 'wrong_role';

/** Whether `role` may take `action` on an article in `status`; role is checked first. */
export function transitionRefusal(action: WorkflowAction, status: ArticleStatus, role: Role): TransitionRefusal | null {
  const transition = transitions[action];
  if (!transition.roles.includes(role)) return 'wrong_role';
  if (!transition.from.includes(status)) return 'wrong_state';
  return null;
}

/** Actions a person in `role` can take now; the app shows only these buttons. */
export function availableActions(status: ArticleStatus, role: Role): WorkflowAction[] {
  return workflowActions.filter((action) => transitionRefusal(action, status, role) === null);
}

export type EditScope = 'all' | 'images' | 'none';

/**
 * What a person may change in an article. Reporters edit their own stories before approval;
 * the photo desk edits images, captions, credits and alt text (never the text) while a story
 * is in review; chief editors and admins edit anything that is not unpublished.
 */
export function editScope(status: ArticleStatus, role: Role, isAuthor: boolean): EditScope {
  if (role === 'chief_editor' || role === 'admin') return 'all';
  if (role === 'reporter') {
    return isAuthor && (status === 'draft' || status === 'changes_requested' || status === 'in_review') ? 'all' : 'none';
  }
  return status === 'in_review' || status === 'approved' ? 'images' : 'none';
}

/**
 * Where an edit leaves the article: approval is bound to a revision, so any edit of an approved
 * or scheduled article voids it and sends the article back to review.
 */
export function statusAfterEdit(status: ArticleStatus): ArticleStatus {
  return status === 'approved' || status === 'scheduled' ? 'in_review' : status;
}

/** Who may create articles and flag them for the photo desk. */
export const articleCreatorRoles: readonly Role[] = ['reporter', 'chief_editor', 'admin'];
export const photoRequestRoles: readonly Role[] = ['reporter', 'photo_editor', 'chief_editor', 'admin'];
