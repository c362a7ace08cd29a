import type { DeskHandlers } from '../../../shared/desk-api';
import type { NewsroomSession } from './newsroom-session';

type NewsroomChannel = Extract<keyof DeskHandlers, `newsroom:${string}`>;

/** The sign-in screen's DeskApi methods. */
export function newsroomHandlers(session: NewsroomSession): Pick<DeskHandlers, NewsroomChannel> {
  return {
    'newsroom:state': () => session.state(),
    'newsroom:probe': (request) => session.probe(request.serverUrl),
    'newsroom:signIn': (request) => session.signIn(request),
    'newsroom:signOut': () => session.signOut(),
    'newsroom:createFirstAccount': (request) => session.createFirstAccount(request),
  };
}
