// A plain http server for the built pane on 127.0.0.1, recording every path asked for, so the
// test can tell that office.js came from the add-in's own origin.
import { promises as fs } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  requested: string[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const requested: string[] = [];
  /** Answers one request; whatever fails is a 404, so the promise never rejects. */
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    try {
      const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      requested.push(urlPath);
      const file = path.join(root, path.normalize(urlPath));
      if (!file.startsWith(root)) throw new Error('outside the root');
      const body = await fs.readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  };
  const server = http.createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
