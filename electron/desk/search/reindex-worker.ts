/**
 * The search index rebuilt in a process of its own (`reindexInChildProcess` starts it): with no
 * snapshot to start from, reading every draft's term file parses tens of millions of terms, and
 * the garbage of that would stay as resident memory in the desk for the rest of the session.
 * Here it goes when the process ends. Receives one job by IPC, writes the snapshot, answers.
 */
import { z } from 'zod';
import { DraftFiles } from '../drafts/draft-files';
import { reindexFromTermFiles } from './term-files';

const jobSchema = z.object({
  dataDir: z.string().min(1),
  drafts: z.array(z.object({ id: z.string(), revision: z.number().int() })),
});

// The desk went away (quit or crashed): nobody is waiting for this snapshot.
process.once('disconnect', () => process.exit(1));

process.once('message', (message: unknown) => {
  void (async () => {
    try {
      const job = jobSchema.parse(message);
      const indexed = await reindexFromTermFiles(new DraftFiles(job.dataDir), job.drafts);
      process.send?.({ indexed, peakRssMb: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  })();
});
