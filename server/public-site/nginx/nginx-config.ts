import { limits } from '../../../shared/limits';
import { securityHeaders } from '../http/send-cached';
import { goneFolder } from '../static/static-file-path';
import { imageTypes, listingFileVariable, staticFileKinds } from './static-file-kinds';
import type { StaticFileKind } from './static-file-kinds';

export interface NginxConfigOptions {
  /** The static root the export writes (COPYDESK_STATIC_ROOT). */
  root: string;
  /** nginx's `-p` prefix: pid, logs and every temporary folder live here, so no root is needed. */
  prefix: string;
  listenHost: string;
  listenPort: number;
  /** The Node server, e.g. http://127.0.0.1:4310. */
  upstream: string;
  /** Emit `brotli` directives (needs the ngx_brotli module; Debian's nginx 1.22 has none). */
  brotli?: boolean;
  workerProcesses?: number | 'auto';
}

const compressedTypes = ['text/css', 'text/plain', 'application/json', 'application/xml', 'application/rss+xml', 'application/manifest+json', 'image/svg+xml'];

/** A double-quoted nginx string; `$` would read as a variable, so paths holding one are refused. */
function quoted(value: string, what: string): string {
  if (/["\\$\p{Cc}]/u.test(value)) throw new Error(`The ${what} may not contain quotes, backslashes, "$" or control characters: ${value}`);
  return `"${value}"`;
}

function headerValue(value: string): string {
  return `"${value.replace(/["\\]/gu, (character) => `\\${character}`)}"`;
}

function upstreamAddress(upstream: string): string {
  const url = new URL(upstream);
  if (url.protocol !== 'http:') throw new Error(`The Node server must be an http:// address (nginx talks to it on the local network), not ${upstream}`);
  return url.host;
}

/** Whether files of this kind are sent gzipped to a client that accepts it (a copy on disk, or compressed on the fly). */
function compressed(kind: StaticFileKind): boolean {
  const type = kind.contentType?.split(';')[0]?.trim();
  return type === 'text/html' || (type !== undefined && compressedTypes.includes(type));
}

/**
 * Every header of a static answer: the Node server's security headers, then this kind's own.
 * A kind that may be sent gzipped says `Vary: Accept-Encoding` itself, and gzip_vary is off in
 * its location: with gzip_vary on, gzip_static looks for the `.gz` copy even for a client that
 * takes no gzip, only to learn it should add Vary (4% of nginx's CPU per uncompressed article
 * answer, measured with the worker pinned); this way that lookup is skipped and every answer,
 * compressed or not, still carries Vary for the caches in between.
 */
function headerLines(kind: StaticFileKind, indent: string): string[] {
  const gzipped = compressed(kind);
  const headers: Record<string, string> = { ...securityHeaders, 'cache-control': `public, max-age=${kind.maxAgeSeconds}`, ...(gzipped ? { vary: 'Accept-Encoding' } : {}), ...kind.headers };
  return [...(gzipped ? [`${indent}gzip_vary off;`] : []), ...Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${headerValue(value)} always;`)];
}

/**
 * The bare type as default_type and the charset through the charset module: gzip_types compares
 * the whole default_type, so "text/html; charset=utf-8" there would never be compressed.
 */
function typeLines(kind: StaticFileKind, indent: string): string[] {
  if (kind.contentType !== undefined) {
    const [type = '', ...parameters] = kind.contentType.split(';').map((part) => part.trim());
    const utf8 = parameters.includes('charset=utf-8');
    // charset_types always holds text/html; naming it again is a warning at every start.
    const charsetTypes = type === 'text/html' ? [] : [`${indent}charset_types ${type};`];
    return [`${indent}types { }`, `${indent}default_type ${type};`, ...(utf8 ? [`${indent}charset utf-8;`, ...charsetTypes] : [])];
  }
  return [`${indent}types { ${Object.entries(imageTypes).map(([extension, type]) => `${type} ${extension};`).join(' ')} }`, `${indent}default_type application/octet-stream;`];
}

function goneLocationName(kind: StaticFileKind): string {
  return `@gone_${kind.gone ?? 'none'}`;
}

function missLocationName(kind: StaticFileKind): string {
  return `@miss_${kind.gone ?? 'none'}`;
}

function kindLocation(kind: StaticFileKind, indent = '    '): string[] {
  const inner = `${indent}    `;
  const nested = staticFileKinds.filter((other) => other.within === kind.name);
  return [
    `${indent}# ${kind.name}`,
    `${indent}location ${kind.location} {`,
    ...typeLines(kind, inner),
    ...headerLines(kind, inner),
    // A live file is served as it is; only a miss looks at the 410 list.
    `${inner}try_files ${kind.files.join(' ')} ${kind.gone ? missLocationName(kind) : '@node'};`,
    ...nested.flatMap((child) => kindLocation(child, inner)),
    `${indent}}`,
  ];
}

/** A miss of a kind that can be withdrawn: 410 with the gone page when the 410 list has the address, else the Node server. */
function goneLocations(kind: StaticFileKind): string[] {
  const inner = '        ';
  return [
    `    location ${missLocationName(kind)} {`,
    `${inner}error_page 410 ${goneLocationName(kind)};`,
    `${inner}if (-f $document_root/${goneFolder}$uri) { return 410; }`,
    ...proxyLines(inner),
    '    }',
    `    location ${goneLocationName(kind)} {`,
    ...typeLines(kind, inner),
    ...headerLines(kind, inner),
    `${inner}try_files /${goneFolder}$uri =404;`,
    '    }',
  ];
}

function proxyLines(indent: string): string[] {
  return [
    `${indent}proxy_pass http://copydesk_node;`,
    `${indent}proxy_http_version 1.1;`,
    `${indent}proxy_set_header Connection "";`,
    `${indent}proxy_set_header Host $http_host;`,
    `${indent}proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`,
    `${indent}proxy_set_header X-Forwarded-Proto $scheme;`,
  ];
}

/**
 * The nginx configuration for the public site: files of the static root served with the Node
 * server's headers, everything else (search, the API, addresses that are not files, such
 * as an archive page a listing no longer has) proxied to the Node server. Runs unprivileged under `-p prefix`.
 */
export function nginxConfig(options: NginxConfigOptions): string {
  const prefix = options.prefix.replace(/\/+$/u, '');
  const path = (name: string) => quoted(`${prefix}/${name}`, 'nginx prefix');
  const goneKinds = staticFileKinds.filter((kind) => kind.gone !== undefined);
  const lines = [
    '# Generated by `npm run server -- nginx-config`; regenerate rather than edit.',
    `worker_processes ${options.workerProcesses ?? 'auto'};`,
    `pid ${path('nginx.pid')};`,
    `error_log ${path('error.log')} warn;`,
    '',
    'events {',
    '    worker_connections 1024;',
    '}',
    '',
    'http {',
    `    client_body_temp_path ${path('client_body_temp')};`,
    `    proxy_temp_path ${path('proxy_temp')};`,
    `    fastcgi_temp_path ${path('fastcgi_temp')};`,
    `    uwsgi_temp_path ${path('uwsgi_temp')};`,
    `    scgi_temp_path ${path('scgi_temp')};`,
    // Buffered, so logging costs the static path no write per request.
    `    access_log ${path('access.log')} combined buffer=64k flush=1s;`,
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_requests 10000;',
    '    server_tokens off;',
    '    etag on;',
    // Each article answer costs three file lookups (410 marker, the page, open); cached for a
    // second, hits and misses alike, they cost none. A publish shows within that second.
    '    open_file_cache max=20000 inactive=60s;',
    '    open_file_cache_valid 1s;',
    '    open_file_cache_min_uses 1;',
    '    open_file_cache_errors on;',
    // Uploads go through to the media API: one image at its limit, plus the multipart framing.
    `    client_max_body_size ${Math.ceil(limits.imageBytesMax / 1024 / 1024) + 1}m;`,
    // A text file's gzipped copy, written beside it at export, for a client that accepts gzip;
    // the rest (proxied answers, the 410 pages) compressed on the fly.
    '    gzip_static on;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_proxied any;',
    '    gzip_min_length 256;',
    `    gzip_types ${compressedTypes.join(' ')};`,
    ...(options.brotli ? ['    brotli on;', '    brotli_static on;', `    brotli_types ${compressedTypes.join(' ')};`] : []),
    '',
    '    # ?page=n of a listing (archive page n, counted from the oldest) is the file page-n.html of its folder; any other query goes to Node.',
    `    map $args ${listingFileVariable} {`,
    '        "" index.html;',
    '        "~^page=(?<copydesk_page>[1-9][0-9]{0,7})$" page-$copydesk_page.html;',
    '        default .not-exported;',
    '    }',
    '',
    '    upstream copydesk_node {',
    `        server ${upstreamAddress(options.upstream)};`,
    '        keepalive 32;',
    '    }',
    '',
    '    server {',
    `        listen ${options.listenHost.includes(':') ? `[${options.listenHost}]` : options.listenHost}:${options.listenPort};`,
    `        root ${quoted(options.root.replace(/\/+$/u, ''), 'static root')};`,
    '',
    ...staticFileKinds.filter((kind) => kind.within === undefined).flatMap((kind) => kindLocation(kind)).map((line) => `    ${line}`),
    '',
    ...goneKinds.flatMap(goneLocations).map((line) => `    ${line}`),
    '',
    '        # Search and the API are dynamic; the event stream must not wait in a buffer.',
    '        location = /search {',
    ...proxyLines('            '),
    '        }',
    '        location ^~ /api/ {',
    ...proxyLines('            '),
    '            proxy_buffering off;',
    '            proxy_read_timeout 1h;',
    '        }',
    `        # The markers themselves and dot files (the exporter's temporary files) are never served.`,
    `        location ^~ /${goneFolder}/ {`,
    ...proxyLines('            '),
    '        }',
    '        location ~ /\\. {',
    ...proxyLines('            '),
    '        }',
    '        location / {',
    ...proxyLines('            '),
    '        }',
    '        location @node {',
    ...proxyLines('            '),
    '        }',
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}
