import { fileURLToPath } from 'node:url';
import { type RunningServer, serve } from '../../../src/serve/server.js';

/** What one request to the served API answered. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json(): unknown;
}

/** A fixture template served on 127.0.0.1 on a free port, with its execution log and a request helper. */
export interface ServedFixture {
  readonly server: RunningServer;
  readonly logged: string[];
  /** The access-log lines, parsed. */
  readonly accessLog: Record<string, string>[];
  request(path: string, init?: RequestInit): Promise<Answer>;
}

/** Serves `test/serve/fixtures/<template>`; close `server` after the tests. */
export async function serveFixture(template: string): Promise<ServedFixture> {
  const logged: string[] = [];
  const accessLog: Record<string, string>[] = [];
  const server = await serve({
    template: fileURLToPath(new URL(`../fixtures/${template}`, import.meta.url)),
    port: 0,
    log: (line) => logged.push(line),
    accessLog: (line) => accessLog.push(JSON.parse(line)),
  });
  return {
    server,
    logged,
    accessLog,
    async request(path, init) {
      const response = await fetch(server.url + path, init);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
    },
  };
}
