#!/usr/bin/env node
// The cs-bridge command: `serve` (default) runs the service, `worker` runs queued writes only,
// `check-mappings` validates mappings.
import { loadMappings } from './backends/mapping/load-mappings.ts';
import { loadConfig } from './config/config.ts';
import { AppError, ConfigurationError } from './errors.ts';
import { createService } from './service.ts';
import type { Service } from './service.ts';
import { MockSap, startMockSapServer } from './sap-mock/index.ts';

const usage = `Usage: cs-bridge [command]

Commands:
  serve            Serve the API (default). Configuration comes from environment variables.
  worker           Run queued writes only, without HTTP (needs REDIS_URL).
  mock-sap         Serve the mock SAP alone on MOCK_SAP_PORT: RFC over HTTP for service
                   instances started with MOCK_SAP_URL, and its control API under /_mock.
  check-mappings   Validate the mapping files in MAPPINGS_DIR and exit.
  help             Show this text.`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const service = await createService(config);
  const address = await service.listen();
  service.logger.info({ url: address.url, backend: config.SAP_BACKEND }, 'service listening');
  stopOnSignals(service);
}

async function work(): Promise<void> {
  const config = loadConfig();
  if (config.REDIS_URL === undefined || config.WRITE_WORKER_CONCURRENCY === 0) {
    throw new ConfigurationError(
      'The worker needs REDIS_URL and a WRITE_WORKER_CONCURRENCY above 0: it runs the jobs ' +
        'that service instances queue there.',
    );
  }
  const service = await createService(config);
  service.logger.info(
    { queue: config.WRITE_QUEUE_NAME, concurrency: config.WRITE_WORKER_CONCURRENCY },
    'write worker started',
  );
  stopOnSignals(service);
}

// SIGTERM and SIGINT stop taking work, let running work finish within SHUTDOWN_TIMEOUT_MS, exit.
function stopOnSignals(service: Service): void {
  const shutdown = (signal: string) => {
    service.logger.info({ signal }, 'shutting down');
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        service.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
}

async function serveMockSap(): Promise<void> {
  const config = loadConfig();
  const sap = MockSap.create(
    config.MOCK_SAP_SEED_DIR === undefined ? {} : { seedDir: config.MOCK_SAP_SEED_DIR },
  );
  const server = await startMockSapServer({ sap, host: config.HOST, port: config.MOCK_SAP_PORT });
  console.log(`Mock SAP ${sap.systemId} serving on ${server.url} (control API: /_mock)`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function checkMappings(): void {
  const config = loadConfig();
  const mappings = loadMappings(config.MAPPINGS_DIR, 'rfc', config.SAP_TIMEZONE);
  console.log(`Mappings in ${config.MAPPINGS_DIR} are valid: ${mappings.objects().join(', ')}`);
}

async function main(command = 'serve'): Promise<void> {
  const envFile = process.env.CS_BRIDGE_ENV_FILE;
  if (envFile) {
    try {
      process.loadEnvFile(envFile);
    } catch (error) {
      throw new ConfigurationError(`CS_BRIDGE_ENV_FILE: cannot read ${envFile}`, { cause: error });
    }
  }

  switch (command) {
    case 'serve':
      return serve();
    case 'worker':
      return work();
    case 'mock-sap':
      return serveMockSap();
    case 'check-mappings':
      checkMappings();
      return;
    case 'help':
    case '--help':
      console.log(usage);
      return;
    default:
      console.error(`Unknown command '${command}'.\n\n${usage}`);
      process.exit(2);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  // A configuration mistake is explained in one message, without a stack trace.
  if (error instanceof AppError && error.code === 'CONFIGURATION_INVALID') {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
