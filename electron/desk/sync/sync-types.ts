import type { z } from 'zod';
import type { pullResponseSchema } from '../../../shared/desk-api-sync';

export type PullResponse = z.infer<typeof pullResponseSchema>;
