/**
 * `npm run site:nginx [-- --listen 8080]`: nginx in front of the newsroom server on this machine,
 * serving COPYDESK_STATIC_ROOT with the generated config (`npm run server -- nginx-config`).
 * Everything nginx writes (pid, logs, temporary files, the config) stays in <data>/nginx, so no
 * root rights are needed. Start the server (`npm run server`) with the same environment.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serverSettingsFromEnv } from '../server/cli/server-settings';
import { findNginx, startNginx } from '../server/public-site/nginx/start-nginx';

const { values } = parseArgs({ options: { listen: { type: 'string' }, prefix: { type: 'string' } }, strict: true });
const settings = serverSettingsFromEnv(process.env);
const binary = findNginx();
if (!binary) {
  console.error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx');
  process.exit(1);
}
if (!settings.staticExport) {
  console.error('Set COPYDESK_STATIC_ROOT to the folder the server exports to (the same value for `npm run server`).');
  process.exit(1);
}
const listen = /^(?:(.+):)?(\d+)$/u.exec(values.listen ?? '8080');
if (!listen) {
  console.error('--listen must be a port or host:port, e.g. 8080 or 0.0.0.0:80.');
  process.exit(1);
}
const nginx = await startNginx(binary, {
  root: settings.staticExport.root,
  prefix: values.prefix ?? join(settings.dataDir, 'nginx'),
  listenHost: listen[1] ?? '127.0.0.1',
  listenPort: Number(listen[2]),
  upstream: `http://${settings.host}:${settings.port}`,
});
console.log(`The public site: ${nginx.url}/ (static files from ${settings.staticExport.root}, the rest from http://${settings.host}:${settings.port}; config ${nginx.configFile})`);
const stop = () => {
  nginx.stop().then(() => process.exit(0), () => process.exit(1));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
