/**
 * The search index rebuilt in a process of its own (`reindexInHelper` starts it): with no
 * snapshot to start from, reading every draft's term file parses tens of millions of terms, and
 * the garbage of that would stay as resident memory in the desk for the rest of the session.
 * Here it goes when the process ends. Receives one job, writes the snapshot, answers. Started by
 * Electron's utilityProcess in the app and by Node's child_process in web mode.
 */
import { z } from 'zod';
import { DraftFiles } from '../drafts/draft-files';
import { parentChannel } from './parent-channel';
import { reindexFromTermFiles } from './term-files';

const jobSchema = z.object({
  dataDir: z.string().min(1),
  drafts: z.array(z.object({ id: z.string(), revision: z.number().int() })),
});

const channel = parentChannel();
channel.onFirstMessage((message: unknown) => {
  void (async () => {
    try {
      const job = jobSchema.parse(message);
      const indexed = await reindexFromTermFiles(new DraftFiles(job.dataDir), job.drafts);
      channel.answerAndExit({ indexed, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  })();
});
