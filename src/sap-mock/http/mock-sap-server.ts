import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { MockSap } from '../mock-sap.ts';
import { createMockControlRouter } from './control-routes.ts';
import { problemErrorHandler, routeNotFound } from './problem.ts';
import { RfcConnectionRegistry } from './rfc-connections.ts';
import { createMockRfcRouter } from './rfc-routes.ts';

/** Where and how the mock SAP is served. */
export interface MockSapServerOptions {
  sap: MockSap;
  /** Interface to listen on; 127.0.0.1 by default (loopback only). */
  host?: string;
  /** Port; 0 (any free port) by default. */
  port?: number;
  /** Milliseconds after which an unused RFC connection is closed; 30 000 by default. */
  idleTimeoutMs?: number;
}

/** A running mock SAP server. */
export interface MockSapServer {
  /** Base URL, e.g. http://127.0.0.1:40123. */
  url: string;
  /** Closes every RFC connection (LUWs discarded, locks released) and stops listening. */
  close(): Promise<void>;
}

/** Serves a mock SAP over HTTP: the control API and stateful RFC connections. */
export async function startMockSapServer(options: MockSapServerOptions): Promise<MockSapServer> {
  const registry = new RfcConnectionRegistry(options.sap, { idleTimeoutMs: options.idleTimeoutMs });
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '50mb' }));
  app.use(createMockControlRouter(options.sap));
  app.use(createMockRfcRouter(registry));
  app.use(routeNotFound);
  app.use(problemErrorHandler);

  const host = options.host ?? '127.0.0.1';
  const server = await listen(app, host, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    async close() {
      await registry.closeAll();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        // Keep-alive sockets of fetch would hold the server open otherwise.
        server.closeAllConnections();
      });
    },
  };
}

function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error === undefined) resolve(server);
      else reject(error);
    });
  });
}
