/**
 * DeskApi schemas for the newsroom session (`newsroom:*`): which newsroom the desk talks to,
 * who is signed in (their role picks the home screen), signing in and out, and the first
 * account of a new newsroom.
 */
import { z } from 'zod';
import { sessionUserSchema } from './server-api';

/** http(s) only: anything else is refused with a sentence saying so. */
export const newsroomAddressSchema = z.string().trim().min(1).max(2_000);

/**
 * Where the session token is kept. `encrypted`: on disk, encrypted by the operating system
 * (Electron safeStorage). `memory`: in the desk process only (web mode, or Linux without a
 * keyring, where safeStorage would only obfuscate it) — the person signs in again after a restart.
 */
export const tokenStorageSchema = z.enum(['encrypted', 'memory']);

export const newsroomStateSchema = z.object({
  /** The newsroom server the desk talks to (the embedded local one by default). */
  serverUrl: z.string().nullable(),
  /** The local server that `npm start` / `npm run web` start beside the desk. */
  embedded: z.boolean(),
  status: z.enum(['signed_out', 'signed_in', 'expired']),
  user: sessionUserSchema.nullable(),
  tokenStorage: tokenStorageSchema,
  /** Why the token is not written to disk (`basic_text`: no keyring on this Linux). */
  tokenStorageReason: z.enum(['web_mode', 'basic_text', 'unavailable']).nullable(),
  /** The server has no account yet: the screen offers "Create the first account". Null: not known (unreachable). */
  setupNeeded: z.boolean().nullable(),
});
export type NewsroomState = z.infer<typeof newsroomStateSchema>;

export const signInRequestSchema = z.object({
  serverUrl: newsroomAddressSchema,
  username: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(1_024),
}).strict();

export const firstAccountRequestSchema = z.object({
  serverUrl: newsroomAddressSchema,
  username: z.string().trim().min(1).max(80),
  displayName: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(1_024),
}).strict();

export const probeRequestSchema = z.object({ serverUrl: newsroomAddressSchema }).strict();
export const probeResponseSchema = z.object({ serverUrl: z.string(), version: z.string(), setupNeeded: z.boolean() });

const none = z.object({}).strict();

export const newsroomMethods = {
  'newsroom:state': { request: none, response: newsroomStateSchema },
  // Checks that the address is a Copydesk newsroom and whether it has accounts yet.
  'newsroom:probe': { request: probeRequestSchema, response: probeResponseSchema },
  'newsroom:signIn': { request: signInRequestSchema, response: newsroomStateSchema },
  'newsroom:signOut': { request: none, response: newsroomStateSchema },
  // Only on a server with no accounts: the account becomes admin, and the desk is signed in as it.
  'newsroom:createFirstAccount': { request: firstAccountRequestSchema, response: newsroomStateSchema },
} as const;
