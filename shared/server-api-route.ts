import type { Role } from './workflow';

/** Who may call a route: anyone (`public`), any signed-in user, or the listed roles. */
export type RouteAccess = 'public' | 'signed_in' | readonly Role[];

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  access: RouteAccess;
}
