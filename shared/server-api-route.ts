import type { z } from 'zod';
import type { Role } from './workflow';

/** Who may call a route: anyone (`public`), any signed-in user, or the listed roles. */
export type RouteAccess = 'public' | 'signed_in' | readonly Role[];

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  access: RouteAccess;
  /** What the request is about, in the server's 400 answers: "The article is not valid." */
  subject: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The status of a successful answer. */
  status: number;
  /** The answer's JSON body; `null`: none (204, a stream, image bytes). */
  response: z.ZodType | null;
}
