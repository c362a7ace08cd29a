/**
 * `npm run server [serve]` starts the newsroom server; `npm run server -- <command>` runs an
 * operator command: create-user, list-users, set-role, disable-user, unlock-user, and for the
 * static public site export-site and nginx-config.
 */
import { ServerError } from './http/server-error';
import { runSiteCommand, siteCommands } from './cli/run-site-command';
import type { SiteCommand } from './cli/run-site-command';
import { runUserCommand, userCommands } from './cli/run-user-command';
import type { UserCommand } from './cli/run-user-command';
import { serverSettingsFromEnv } from './cli/server-settings';
import { startNewsroomServer } from './start-server';

function isUserCommand(value: string | undefined): value is UserCommand {
  return userCommands.some((command) => command === value);
}

function isSiteCommand(value: string | undefined): value is SiteCommand {
  return siteCommands.some((command) => command === value);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const settings = serverSettingsFromEnv(process.env);
  if (isUserCommand(command)) {
    await runUserCommand(command, rest, settings, { readStdin, out: (line) => console.log(line) });
    return;
  }
  if (isSiteCommand(command)) {
    await runSiteCommand(command, rest, settings, { readStdin, out: (line) => console.log(line) });
    return;
  }
  if (command !== undefined && command !== 'serve') {
    throw new ServerError(400, 'bad_request', `Unknown command "${command}". Use: serve, ${[...userCommands, ...siteCommands].join(', ')}.`);
  }
  const server = await startNewsroomServer(settings);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ServerError || error instanceof TypeError ? error.message : error);
  process.exitCode = 1;
});
