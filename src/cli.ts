#!/usr/bin/env node
// The cs-bridge command: `serve` (default) runs the service, `check-mappings` validates mappings.
import { loadMappings } from './backends/mapping/load-mappings.ts';
import { loadConfig } from './config/config.ts';
import { AppError, ConfigurationError } from './errors.ts';
import { createService } from './service.ts';

const usage = `Usage: cs-bridge [command]

Commands:
  serve            Serve the API (default). Configuration comes from environment variables.
  check-mappings   Validate the mapping files in MAPPINGS_DIR and exit.
  help             Show this text.`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const service = await createService(config);
  const address = await service.listen();
  service.logger.info({ url: address.url, backend: config.SAP_BACKEND }, 'service listening');

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
